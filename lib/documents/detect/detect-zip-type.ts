import { inflateSync } from "fflate";
import { MIME, type SupportedMimeType } from "./mime-types";
import { entryDataOffset, readZipDirectory, type ZipEntry, ZipFormatError } from "./read-zip-directory";
import { type UploadContext, unsupportedUpload } from "./unsupported-upload";

/** OOXML packages are told apart by their main part (ECMA-376 names; macro variants share them). */
const OOXML_MAIN_PARTS: [string, SupportedMimeType][] = [
  ["word/document.xml", MIME.docx],
  ["ppt/presentation.xml", MIME.pptx],
  ["xl/workbook.xml", MIME.xlsx],
];

/** ODF and EPUB declare themselves in a `mimetype` entry; templates read like their documents. */
const PACKAGE_MIMETYPES: Record<string, SupportedMimeType> = {
  "application/vnd.oasis.opendocument.text": MIME.odt,
  "application/vnd.oasis.opendocument.text-template": MIME.odt,
  "application/vnd.oasis.opendocument.presentation": MIME.odp,
  "application/vnd.oasis.opendocument.presentation-template": MIME.odp,
  "application/vnd.oasis.opendocument.spreadsheet": MIME.ods,
  "application/vnd.oasis.opendocument.spreadsheet-template": MIME.ods,
  "application/epub+zip": MIME.epub,
};

/** A `mimetype` entry is a few dozen bytes; anything bigger is not one worth inflating. */
const MAX_MIMETYPE_ENTRY = 256;

/**
 * Classifies a ZIP-based upload by the names in its central directory (and the tiny `mimetype`
 * entry of ODF/EPUB packages) without inflating any document part. ZIPs that are not a
 * supported document package are refused with a message naming what they are.
 */
export function detectZipType(bytes: Uint8Array, context: UploadContext): SupportedMimeType {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    throw unsupportedUpload(
      context,
      `damaged ZIP archive (${error.message})`,
      "This file looks like an Office document or ZIP archive but is damaged or incomplete, so it cannot be opened. Save or download it again and re-upload.",
      "corrupt",
    );
  }
  const names = new Set(entries.map((entry) => entry.name));
  for (const [part, mime] of OOXML_MAIN_PARTS) if (names.has(part)) return mime;

  const declared = readMimetypeEntry(bytes, entries);
  const packaged = declared ? PACKAGE_MIMETYPES[declared] : undefined;
  if (packaged) return packaged;
  if (declared?.startsWith("application/vnd.oasis.opendocument.")) {
    throw unsupportedUpload(
      context,
      `OpenDocument package ${declared}`,
      `Unsupported file type: this kind of OpenDocument file (${declared}). Only text documents (.odt), presentations (.odp) and spreadsheets (.ods) can be read.`,
    );
  }
  if (names.has("visio/document.xml")) {
    throw unsupportedUpload(context, "Visio drawing", "Unsupported file type: Visio drawings (.vsdx).");
  }
  throw unsupportedUpload(
    context,
    "ZIP archive",
    "Unsupported file type: ZIP archives. Unpack it and upload the documents inside.",
  );
}

function readMimetypeEntry(bytes: Uint8Array, entries: ZipEntry[]): string | null {
  const entry = entries.find((candidate) => candidate.name === "mimetype");
  if (!entry || entry.encrypted || entry.uncompressedSize > MAX_MIMETYPE_ENTRY) return null;
  if (entry.compressedSize > MAX_MIMETYPE_ENTRY) return null;
  try {
    const start = entryDataOffset(bytes, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const raw = entry.method === 0 ? data : entry.method === 8 ? inflateSync(data) : null;
    if (!raw || raw.length > MAX_MIMETYPE_ENTRY) return null;
    return new TextDecoder().decode(raw).trim();
  } catch {
    return null;
  }
}
