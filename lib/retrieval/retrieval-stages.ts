/**
 * The optional ranking stages after fusion, each measured by `npm run eval` (README,
 * Evaluation). Production takes them from the configuration (QUIRE_DEDUPE,
 * QUIRE_TITLE_BOOST, QUIRE_MMR_LAMBDA); callers that pass none get plain fusion.
 */
export interface RetrievalStages {
  /** Drop a chunk whose text nearly repeats a better-ranked one (another version, a copy in another collection). */
  collapseDuplicates: boolean;
  /** Weight of the title-match list in reciprocal rank fusion; 0 leaves titles out. */
  titleBoost: number;
  /** Maximal marginal relevance among the first sources: 1 ranks by relevance alone (off). */
  mmrLambda: number;
}

export const STAGES_OFF: RetrievalStages = { collapseDuplicates: false, titleBoost: 0, mmrLambda: 1 };
