import type { RetrievalStages } from "@/lib/retrieval/retrieval-stages";
import type { RetrieveDeps } from "@/lib/retrieval/retrieve";
import { evaluateMode } from "./evaluate-mode";
import type { SettingVariant } from "./setting-variants";
import type { BeirDataset, EvaluationMode, EvaluationProgress, SettingsRow } from "./types";

function sameStages(a: RetrievalStages, b: RetrievalStages): boolean {
  return (
    a.collapseDuplicates === b.collapseDuplicates &&
    a.titleBoost === b.titleBoost &&
    a.mmrLambda === b.mmrLambda
  );
}

function pickModes(
  results: SettingsRow["results"],
  modes: readonly EvaluationMode[],
): SettingsRow["results"] {
  return Object.fromEntries(modes.flatMap((mode) => (results[mode] ? [[mode, results[mode]]] : [])));
}

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
    /** Figures already measured for one setting (the headline run): that row is not run again. */
    measured?: { stages: RetrievalStages; rerank: boolean; results: SettingsRow["results"] };
  },
): Promise<SettingsRow[]> {
  const modes = context.modes.filter((mode) => STAGED_MODES.includes(mode));
  const rows: SettingsRow[] = [];
  for (const variant of variants) {
    if (variant.rerank && context.rerankUnavailable !== null) {
      rows.push({ name: variant.name, results: {}, notRun: context.rerankUnavailable });
      continue;
    }
    const { measured } = context;
    if (measured && sameStages(measured.stages, variant.stages) && measured.rerank === variant.rerank) {
      rows.push({ name: variant.name, results: pickModes(measured.results, modes) });
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
