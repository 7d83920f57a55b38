import type { LlmClient } from "@/lib/llm";

/** Why the rerank stage cannot be measured now, or null when the configured model is on the host. */
export async function rerankUnavailableReason(
  llm: Pick<LlmClient, "host" | "checkHost" | "describeModel">,
  model: string | null,
): Promise<string | null> {
  if (model === null) return "QUIRE_RERANK_MODEL is not set";
  const host = await llm.checkHost();
  if (!host.ok) return `the model host ${llm.host} is not reachable (${host.error ?? "no answer"})`;
  try {
    const status = await llm.describeModel(model);
    return status.present ? null : `the rerank model ${model} is not on ${llm.host}`;
  } catch (error) {
    return `asking ${llm.host} about ${model} failed (${error instanceof Error ? error.message : error})`;
  }
}
