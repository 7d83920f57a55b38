import type { LlmClient } from "@/lib/llm";
import { modeUnavailableError } from "./evaluation-error";
import { EVALUATION_MODES, type EvaluationMode } from "./types";

export interface ModePlan {
  run: EvaluationMode[];
  skipped: Partial<Record<EvaluationMode, string>>;
}

export function needsEmbeddings(mode: EvaluationMode): boolean {
  return mode !== "keyword";
}

/** Why the embedding model cannot serve queries right now, or null when it can. */
async function embeddingUnavailableReason(
  llm: Pick<LlmClient, "host" | "embedModel" | "checkHost" | "describeModel">,
): Promise<string | null> {
  const host = await llm.checkHost();
  if (!host.ok) return `the model host ${llm.host} is not reachable (${host.error ?? "no answer"})`;
  try {
    const model = await llm.describeModel(llm.embedModel);
    return model.present ? null : `the embedding model ${llm.embedModel} is not on ${llm.host}`;
  } catch (error) {
    return `asking ${llm.host} about ${llm.embedModel} failed (${error instanceof Error ? error.message : error})`;
  }
}

/**
 * Decides which modes can run. "all" drops the modes that need embeddings when the
 * model host cannot provide them and says why; modes asked for by name must all run,
 * so an impossible one is an error before any work starts.
 */
export async function planModes(
  llm: Pick<LlmClient, "host" | "embedModel" | "checkHost" | "describeModel">,
  requested: readonly EvaluationMode[] | "all",
): Promise<ModePlan> {
  const wanted =
    requested === "all" ? [...EVALUATION_MODES] : EVALUATION_MODES.filter((mode) => requested.includes(mode));
  const needing = wanted.filter(needsEmbeddings);
  const reason = needing.length > 0 ? await embeddingUnavailableReason(llm) : null;
  if (reason === null) return { run: wanted, skipped: {} };
  if (requested !== "all") {
    throw modeUnavailableError(`Cannot evaluate ${needing.join(" and ")} retrieval: ${reason}.`);
  }
  return {
    run: wanted.filter((mode) => !needsEmbeddings(mode)),
    skipped: Object.fromEntries(needing.map((mode) => [mode, reason])),
  };
}
