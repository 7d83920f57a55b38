import type { SupportedFileType } from "officeparser";
import type { ExtractedDocument } from "@/lib/domain/types";
import { extractionError } from "../../extraction-error";
import { meaningfulTitle } from "../shared/meaningful-title";
import { refuseOversized } from "../shared/refuse-oversized";
import { PARSE_BUDGETS } from "../zip/archive-limits";
import { openArchive } from "../zip/open-archive";
import { storeArchive } from "../zip/store-archive";
import { astPages } from "./ast-pages";
import { parseOffice } from "./parse-office";

export interface OfficeFormat {
  fileType: SupportedFileType;
  /** Human name for messages: "PowerPoint presentation". */
  name: string;
  /** For ZIP-based formats: the entries the parser needs (others are never unpacked). */
  keep?: (entryName: string) => boolean;
  /** What an empty file of this format lacks, for the user message. */
  emptyMessage: string;
  /** For formats parsed from the raw bytes (RTF): the largest file accepted. */
  maxBytes?: number;
}

/**
 * Shared path for the formats officeparser reads (PPTX, ODF, EPUB, RTF): ZIP-based files are
 * unpacked within the bomb limits and re-packed before the parser sees them; the result is laid
 * out as slide, sheet or single pages (see astPages). The title comes from the file's metadata.
 */
export async function extractWithOfficeparser(
  bytes: Uint8Array,
  format: OfficeFormat,
): Promise<ExtractedDocument> {
  if (format.maxBytes !== undefined) refuseOversized(bytes, format.maxBytes, format.name);
  const limits = PARSE_BUDGETS.officeparser;
  const input = format.keep
    ? storeArchive(openArchive(bytes, { formatName: format.name, keep: format.keep, limits }))
    : bytes;
  const ast = await parseOffice(input, format.fileType, format.name);
  const pages = astPages(ast.content);
  if (pages.length === 0) {
    throw extractionError("empty", `${format.fileType} has no text`, { userMessage: format.emptyMessage });
  }
  const title = meaningfulTitle(ast.metadata.title);
  return { pages, ...(title ? { title } : {}) };
}
