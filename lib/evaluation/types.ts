/** Shapes shared by the retrieval evaluation: a BEIR dataset in, a report of ranking metrics out. */
import type { AbstentionFigures } from "./abstention-figures";
import type { Calibration } from "./calibrate-gate";

export const EVALUATION_MODES = ["keyword", "vector", "hybrid"] as const;
export type EvaluationMode = (typeof EVALUATION_MODES)[number];

export interface CorpusDocument {
  id: string;
  title: string;
  text: string;
}

/** Relevance grades per corpus id for one query; only grades above 0 are kept. */
export type Judgments = ReadonlyMap<string, number>;

export interface BeirDataset {
  /** Directory name, e.g. "scifact". */
  name: string;
  split: string;
  corpus: CorpusDocument[];
  /** Only the queries with at least one relevant document in the split, in file order. */
  queries: Array<{ id: string; text: string }>;
  judgments: ReadonlyMap<string, Judgments>;
}

/** Means over the evaluated queries, each in [0, 1]. */
export interface MetricSet {
  ndcg10: number;
  recall10: number;
  recall100: number;
  mrr10: number;
}

export interface EvaluationReport {
  dataset: string;
  split: string;
  /** Number of queries evaluated (those with judged relevant documents). */
  queries: number;
  /** Corpus documents ingested. */
  documents: number;
  results: Partial<Record<EvaluationMode, MetricSet>>;
  /** Modes that were wanted but could not run, with the reason. */
  skipped: Partial<Record<EvaluationMode, string>>;
  /** Corpus documents that could not be ingested and the like; the figures still count them as missed. */
  warnings: string[];
  seconds: { ingest: number; queries: Partial<Record<EvaluationMode, number>> };
  /** True when the corpus was not ingested by this run but reused from `--data-dir`. */
  reusedIngest?: boolean;
  /** The retrieval settings' before/after table (keyword and hybrid); absent with --no-settings. */
  settings?: SettingsRow[];
  abstention?: AbstentionReport;
}

export type EvaluationProgress =
  | { phase: "upload" | "ingest"; done: number; total: number }
  | { phase: "query" | "gate"; mode: EvaluationMode; done: number; total: number };

/** One row of the settings table: a stage combination's figures per mode, or why it did not run. */
export interface SettingsRow {
  name: string;
  results: Partial<Record<EvaluationMode, MetricSet>>;
  /** Why the row was not run (the rerank model is not configured or not on the host). */
  notRun?: string;
}

export interface AbstentionReport {
  /** Share of the split's queries held out, and the seed that chose them. */
  holdOut: { share: number; seed: number };
  /** Held-out queries that kept a relevant document (shared with an answerable query); not counted. */
  dropped: number;
  /** Stored documents deleted before the gate ran. */
  removedDocuments: number;
  thresholds: { minSimilarity: number; minKeywordCoverage: number };
  /** Per retrieval mode the gate ran on (keyword always; hybrid when the model host serves embeddings). */
  figures: Partial<Record<"keyword" | "hybrid", AbstentionFigures>>;
  /** Only with --calibrate: the threshold sweep and the best setting. */
  calibration?: Calibration;
}
