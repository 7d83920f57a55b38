import { type RetrievalStages, STAGES_OFF } from "@/lib/retrieval/retrieval-stages";

/** One row of the settings table: a combination of ranking stages measured on its own. */
export interface SettingVariant {
  name: string;
  stages: RetrievalStages;
  rerank: boolean;
}

/** Title weights and MMR lambdas measured one at a time against the baseline. */
export const TITLE_WEIGHTS = [0.02, 0.05, 0.1];
export const MMR_LAMBDAS = [0.9, 0.7, 0.5];

export function describeStages(stages: RetrievalStages, rerank: boolean): string {
  const on = [
    ...(stages.collapseDuplicates ? ["dedupe"] : []),
    ...(stages.titleBoost > 0 ? [`title ${stages.titleBoost}`] : []),
    ...(stages.mmrLambda < 1 ? [`mmr ${stages.mmrLambda}`] : []),
    ...(rerank ? ["rerank"] : []),
  ];
  return on.length === 0 ? "all off" : on.join(", ");
}

/**
 * The baseline (every stage off), each stage alone at each measured setting, and the
 * configured defaults: the before/after table of `npm run eval`.
 */
export function settingVariants(defaults: RetrievalStages, rerankConfigured: boolean): SettingVariant[] {
  return [
    { name: "baseline", stages: STAGES_OFF, rerank: false },
    { name: "dedupe", stages: { ...STAGES_OFF, collapseDuplicates: true }, rerank: false },
    ...TITLE_WEIGHTS.map((titleBoost) => ({
      name: `title ${titleBoost}`,
      stages: { ...STAGES_OFF, titleBoost },
      rerank: false,
    })),
    ...MMR_LAMBDAS.map((mmrLambda) => ({
      name: `mmr ${mmrLambda}`,
      stages: { ...STAGES_OFF, mmrLambda },
      rerank: false,
    })),
    { name: "rerank", stages: STAGES_OFF, rerank: true },
    {
      name: `defaults (${describeStages(defaults, rerankConfigured)})`,
      stages: defaults,
      rerank: rerankConfigured,
    },
  ];
}
