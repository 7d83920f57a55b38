import type { RelevanceThresholds } from "@/lib/retrieval/assess-relevance";
import { type AbstentionFigures, abstentionFigures, type GateCase } from "./abstention-figures";

/** The most answerable questions a calibrated gate may turn away. */
export const MAX_WRONGLY_DECLINED = 0.1;

export interface CalibrationRow {
  rule: "keyword coverage" | "similarity";
  threshold: number;
  figures: AbstentionFigures;
}

export interface Calibration {
  rows: CalibrationRow[];
  /** Best balanced accuracy among rows declining at most MAX_WRONGLY_DECLINED of answerable questions. */
  best: { keywordCoverage: CalibrationRow | null; similarity: CalibrationRow | null };
}

const COVERAGE_STEPS = Array.from({ length: 17 }, (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100);
const SIMILARITY_STEPS = Array.from({ length: 15 }, (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100);

function pickBest(rows: readonly CalibrationRow[]): CalibrationRow | null {
  let best: CalibrationRow | null = null;
  for (const row of rows) {
    if (row.figures.wronglyDeclinedShare > MAX_WRONGLY_DECLINED) continue;
    if (best === null || row.figures.balancedAccuracy > best.figures.balancedAccuracy) best = row;
  }
  return best;
}

/**
 * Sweeps the gate's thresholds over questions whose answerability is known. The keyword
 * rule is swept on the questions without similarities (keyword mode), the similarity rule
 * on those with one; each decides with the production gate (judgeRelevance).
 */
export function calibrateGate(cases: readonly GateCase[], current: RelevanceThresholds): Calibration {
  const keywordCases = cases.filter((item) => item.features.similarity === undefined);
  const similarityCases = cases.filter((item) => item.features.similarity !== undefined);
  const coverageRows: CalibrationRow[] =
    keywordCases.length === 0
      ? []
      : COVERAGE_STEPS.map((threshold) => ({
          rule: "keyword coverage",
          threshold,
          figures: abstentionFigures(keywordCases, { ...current, minKeywordCoverage: threshold }),
        }));
  const similarityRows: CalibrationRow[] =
    similarityCases.length === 0
      ? []
      : SIMILARITY_STEPS.map((threshold) => ({
          rule: "similarity",
          threshold,
          figures: abstentionFigures(similarityCases, { ...current, minSimilarity: threshold }),
        }));
  return {
    rows: [...coverageRows, ...similarityRows],
    best: { keywordCoverage: pickBest(coverageRows), similarity: pickBest(similarityRows) },
  };
}
