import {
  type GateFeatures,
  judgeRelevance,
  type RelevanceThresholds,
} from "@/lib/retrieval/assess-relevance";

export interface GateCase {
  queryId: string;
  answerable: boolean;
  features: GateFeatures;
}

export interface AbstentionFigures {
  unanswerable: number;
  /** Unanswerable questions the gate declined: the higher the better. */
  correctlyDeclined: number;
  answerable: number;
  /** Answerable questions the gate declined: the lower the better. */
  wronglyDeclined: number;
  /** correctlyDeclined / unanswerable; 0 without unanswerable questions. */
  correctlyDeclinedShare: number;
  /** wronglyDeclined / answerable; 0 without answerable questions. */
  wronglyDeclinedShare: number;
  /** Mean of the share of unanswerable declined and the share of answerable let through. */
  balancedAccuracy: number;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** How the gate fares on questions whose answerability is known. */
export function abstentionFigures(
  cases: readonly GateCase[],
  thresholds: RelevanceThresholds,
): AbstentionFigures {
  let unanswerable = 0;
  let correctlyDeclined = 0;
  let answerable = 0;
  let wronglyDeclined = 0;
  for (const item of cases) {
    const declined = !judgeRelevance(item.features, thresholds).relevant;
    if (item.answerable) {
      answerable++;
      if (declined) wronglyDeclined++;
    } else {
      unanswerable++;
      if (declined) correctlyDeclined++;
    }
  }
  const correctlyDeclinedShare = share(correctlyDeclined, unanswerable);
  const wronglyDeclinedShare = share(wronglyDeclined, answerable);
  return {
    unanswerable,
    correctlyDeclined,
    answerable,
    wronglyDeclined,
    correctlyDeclinedShare,
    wronglyDeclinedShare,
    balancedAccuracy: (correctlyDeclinedShare + (1 - wronglyDeclinedShare)) / 2,
  };
}
