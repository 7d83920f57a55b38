import type { RetrieveDeps } from "@/lib/retrieval/retrieve";
import { evaluateMode } from "./evaluate-mode";
import type { SettingVariant } from "./setting-variants";
import type { BeirDataset, EvaluationMode, EvaluationProgress, SettingsRow } from "./types";

/** The modes whose ranking the stages change: vector mode is the embeddings alone. */
export const STAGED_MODES: readonly EvaluationMode[] = ["keyword", "hybrid"];

/**
 * Every settings variant in every staged mode that runs. A variant needing the rerank
 * model when it cannot run is a row saying why, not an error.
 */
export async function runSettings(
  deps: RetrieveDeps,
  variants: readonly SettingVariant[],
  context: {
    modes: readonly EvaluationMode[];
    dataset: Pick<BeirDataset, "queries" | "judgments">;
    corpusIdsByDocument: ReadonlyMap<string, readonly string[]>;
    rerank: RetrieveDeps["rerank"];
    rerankUnavailable: string | null;
    onProgress: (progress: EvaluationProgress) => void;
  },
): Promise<SettingsRow[]> {
  const modes = context.modes.filter((mode) => STAGED_MODES.includes(mode));
  const rows: SettingsRow[] = [];
  for (const variant of variants) {
    if (variant.rerank && context.rerankUnavailable !== null) {
      rows.push({ name: variant.name, results: {}, notRun: context.rerankUnavailable });
      continue;
    }
    const variantDeps: RetrieveDeps = {
      ...deps,
      stages: variant.stages,
      rerank: variant.rerank ? context.rerank : null,
    };
    const results: SettingsRow["results"] = {};
    for (const mode of modes) {
      results[mode] = await evaluateMode(
        variantDeps,
        mode,
        context.dataset,
        context.corpusIdsByDocument,
        context.onProgress,
      );
    }
    rows.push({ name: variant.name, results });
  }
  return rows;
}
