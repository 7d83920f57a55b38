import type { AbstentionFigures } from "./abstention-figures";
import type { Calibration } from "./calibrate-gate";
import type { AbstentionReport, SettingsRow } from "./types";

const NAME_WIDTH = 44;
const MODES = ["keyword", "hybrid"] as const;

function cell(value: number): string {
  return value.toFixed(4).padStart(9);
}

/** The before/after table: one line per setting and mode, nDCG@10 change against the baseline. */
export function formatSettings(rows: readonly SettingsRow[]): string[] {
  const lines = [
    "",
    "retrieval settings (each stage alone, then the configured defaults)",
    [
      "setting".padEnd(NAME_WIDTH),
      "mode".padEnd(9),
      ...["nDCG@10", "R@10", "R@100", "MRR@10"].map((heading) => heading.padStart(9)),
      "ΔnDCG@10".padStart(10),
    ].join(""),
  ];
  const baseline = rows[0];
  for (const row of rows) {
    if (row.notRun !== undefined) {
      lines.push(`${row.name.padEnd(NAME_WIDTH)}not run: ${row.notRun}`);
      continue;
    }
    for (const mode of MODES) {
      const metrics = row.results[mode];
      if (!metrics) continue;
      const base = baseline?.results[mode];
      const delta = base ? metrics.ndcg10 - base.ndcg10 : 0;
      lines.push(
        [
          row.name.padEnd(NAME_WIDTH),
          mode.padEnd(9),
          cell(metrics.ndcg10),
          cell(metrics.recall10),
          cell(metrics.recall100),
          cell(metrics.mrr10),
          `${delta >= 0 ? "+" : ""}${delta.toFixed(4)}`.padStart(10),
        ].join(""),
      );
    }
  }
  return lines;
}

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

function figuresLine(figures: AbstentionFigures): string {
  return [
    `unanswerable correctly declined ${percent(figures.correctlyDeclinedShare)} (${figures.correctlyDeclined}/${figures.unanswerable})`,
    `answerable wrongly declined ${percent(figures.wronglyDeclinedShare)} (${figures.wronglyDeclined}/${figures.answerable})`,
    `balanced accuracy ${percent(figures.balancedAccuracy)}`,
  ].join(", ");
}

function formatCalibration(calibration: Calibration): string[] {
  const lines = ["", "gate calibration (answerable wrongly declined at most 10%)"];
  lines.push(
    `${"rule".padEnd(18)}${"threshold".padStart(10)}  ${"declined unanswerable".padStart(22)}  ${"declined answerable".padStart(20)}  balanced`,
  );
  for (const row of calibration.rows) {
    const f = row.figures;
    lines.push(
      [
        row.rule.padEnd(18),
        String(row.threshold).padStart(10),
        `${percent(f.correctlyDeclinedShare)} (${f.correctlyDeclined}/${f.unanswerable})`.padStart(24),
        `${percent(f.wronglyDeclinedShare)} (${f.wronglyDeclined}/${f.answerable})`.padStart(22),
        percent(f.balancedAccuracy).padStart(10),
      ].join(""),
    );
  }
  const { keywordCoverage, similarity } = calibration.best;
  if (keywordCoverage)
    lines.push(`best keyword coverage: QUIRE_MIN_KEYWORD_COVERAGE=${keywordCoverage.threshold}`);
  if (similarity) lines.push(`best similarity: QUIRE_MIN_SIMILARITY=${similarity.threshold}`);
  if (!keywordCoverage && !similarity)
    lines.push("no threshold keeps answerable wrongly declined at or below 10%");
  return lines;
}

export function formatAbstention(report: AbstentionReport): string[] {
  const lines = [
    "",
    `abstention: ${percent(report.holdOut.share)} of queries held out (seed ${report.holdOut.seed}), ${report.removedDocuments} documents removed, ${report.dropped} held-out queries dropped (a relevant document of theirs is needed by another query)`,
    `gate: QUIRE_MIN_KEYWORD_COVERAGE=${report.thresholds.minKeywordCoverage}, QUIRE_MIN_SIMILARITY=${report.thresholds.minSimilarity}`,
  ];
  for (const [mode, figures] of Object.entries(report.figures)) {
    if (figures) lines.push(`${mode.padEnd(9)}${figuresLine(figures)}`);
  }
  if (report.calibration) lines.push(...formatCalibration(report.calibration));
  return lines;
}
