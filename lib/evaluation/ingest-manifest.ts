import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { IngestedCorpus } from "./ingest-corpus";

/**
 * What an evaluation ingested into its data directory, written once the queue drained, so
 * a later run can reuse the directory (`--data-dir`) instead of ingesting the corpus again.
 */
export interface IngestManifest {
  /** How corpus documents were turned into uploads (corpus-upload.ts); another layout is not reused. */
  uploadLayout: number;
  dataset: string;
  corpusDocuments: number;
  /** Whether every chunk was embedded; a keyword-only ingest cannot serve vector modes. */
  embedded: boolean;
  ingestSeconds: number;
  ready: number;
  warnings: string[];
  corpusIdsByDocument: Array<[string, string[]]>;
}

const MANIFEST_FILE = "quire-eval-manifest.json";

/** Bumped whenever corpusDocumentUpload changes what is uploaded. */
export const UPLOAD_LAYOUT = 2;

const manifestSchema = z.object({
  uploadLayout: z.literal(UPLOAD_LAYOUT),
  dataset: z.string(),
  corpusDocuments: z.number().int().nonnegative(),
  embedded: z.boolean(),
  ingestSeconds: z.number(),
  ready: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
  corpusIdsByDocument: z.array(z.tuple([z.string(), z.array(z.string())])),
});

export function manifestPath(dataDir: string): string {
  return path.join(dataDir, MANIFEST_FILE);
}

export function readIngestManifest(dataDir: string): IngestManifest | null {
  const file = manifestPath(dataDir);
  if (!fs.existsSync(file)) return null;
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : null;
}

export function writeIngestManifest(dataDir: string, manifest: IngestManifest): void {
  fs.writeFileSync(manifestPath(dataDir), `${JSON.stringify(manifest)}\n`);
}

export function manifestOf(
  dataset: string,
  corpusDocuments: number,
  embedded: boolean,
  ingestSeconds: number,
  ingested: IngestedCorpus,
): IngestManifest {
  return {
    uploadLayout: UPLOAD_LAYOUT,
    dataset,
    corpusDocuments,
    embedded,
    ingestSeconds,
    ready: ingested.ready,
    warnings: ingested.warnings,
    corpusIdsByDocument: [...ingested.corpusIdsByDocument],
  };
}

export function ingestedFromManifest(manifest: IngestManifest): IngestedCorpus {
  return {
    corpusIdsByDocument: new Map(manifest.corpusIdsByDocument),
    ready: manifest.ready,
    warnings: manifest.warnings,
  };
}
