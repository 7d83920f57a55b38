import { formatAbstention, formatSettings } from "./format-settings";
import { EVALUATION_MODES, type EvaluationReport, type MetricSet } from "./types";

const COLUMNS: Array<{ heading: string; pick: (metrics: MetricSet) => number }> = [
  { heading: "nDCG@10", pick: (metrics) => metrics.ndcg10 },
  { heading: "Recall@10", pick: (metrics) => metrics.recall10 },
  { heading: "Recall@100", pick: (metrics) => metrics.recall100 },
  { heading: "MRR@10", pick: (metrics) => metrics.mrr10 },
];

const MODE_WIDTH = 9;

/** The report as a plain-text table, one row per mode, skipped modes with their reason. */
export function formatReport(report: EvaluationReport): string {
  const lines = [
    `${report.dataset} (${report.split} split): ${report.queries} queries, ${report.documents} documents, ingest ${report.seconds.ingest} s${report.reusedIngest ? " (reused)" : ""}`,
    "",
    ["mode".padEnd(MODE_WIDTH), ...COLUMNS.map((column) => column.heading.padStart(11)), "   seconds"].join(
      "",
    ),
  ];
  for (const mode of EVALUATION_MODES) {
    const metrics = report.results[mode];
    const skipped = report.skipped[mode];
    if (metrics) {
      const cells = COLUMNS.map((column) => column.pick(metrics).toFixed(4).padStart(11));
      const seconds = String(report.seconds.queries[mode] ?? "").padStart(10);
      lines.push([mode.padEnd(MODE_WIDTH), ...cells, seconds].join(""));
    } else if (skipped) {
      lines.push(`${mode.padEnd(MODE_WIDTH)}  skipped: ${skipped}`);
    }
  }
  if (report.settings) lines.push(...formatSettings(report.settings));
  if (report.abstention) lines.push(...formatAbstention(report.abstention));
  for (const warning of report.warnings) lines.push(`note: ${warning}`);
  return `${lines.join("\n")}\n`;
}
