import { updateDocument } from "@/db/queries/documents";
import type { DocumentRow } from "@/db/schema";
import type { ExtractedDocument } from "@/lib/domain/types";
import { readDocumentFile } from "@/lib/storage/document-files";
import type { ExtractFn } from "../threads/extract-pool";
import type { PipelineDeps, ProgressReporter } from "./pipeline-types";

/**
 * Reads the stored original and extracts its text; records the page count (for progress and
 * ETA), how many pages were read by OCR, and what extraction left out, for the admin (a retry
 * extracts again and overwrites all three).
 */
export async function extractStage(
  deps: PipelineDeps,
  document: DocumentRow,
  options: { extract: ExtractFn; report: ProgressReporter; signal?: AbortSignal },
): Promise<ExtractedDocument> {
  const bytes = await readDocumentFile(deps.config.dataDir, document.storagePath);
  options.signal?.throwIfAborted();
  const extracted = await options.extract(bytes, document.mimeType, options.signal, () =>
    options.report("extract", 10),
  );
  const ocrPages = extracted.pages.filter((page) => page.ocr === true).length;
  const notice = extracted.notices?.join("\n") || null;
  updateDocument(deps.db, document.id, { pages: extracted.pages.length, ocrPages, notice });
  return extracted;
}
