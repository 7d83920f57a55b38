import { detectZipType } from "./detect/detect-zip-type";
import { MIME, type SupportedMimeType } from "./detect/mime-types";
import { readTextHead } from "./detect/read-text-head";
import { recognizeBinary } from "./detect/recognize-binary";
import { COMPOUND_FILE_MAGIC, rejectCompoundFile } from "./detect/reject-compound-file";
import { sniffTextType } from "./detect/sniff-text-type";
import { unsupportedUpload } from "./detect/unsupported-upload";

export { MIME, type SupportedMimeType } from "./detect/mime-types";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** Acrobat accepts a header anywhere in the first 1024 bytes (after junk some mailers prepend). */
const PDF_HEADER_WINDOW = 1024;
/** "PK\x03\x04" opens an archive with entries; "PK\x05\x06" is an empty one. */
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

/**
 * Decides how to read an upload. Content beats names: a PDF renamed to .txt is still a PDF, a
 * .docx is recognised by the parts inside its ZIP, and a binary renamed to .md must not be
 * indexed as gibberish. Names and the declared MIME type only choose between text formats
 * (CSV, Markdown, plain). Anything else is refused with UNSUPPORTED_MEDIA_TYPE and a message
 * naming what the file is (`details.detected`, `details.reason`).
 */
export function detectType(bytes: Uint8Array, filename: string, declaredMime?: string): SupportedMimeType {
  const context = { filename, declaredMime };
  // Containers first: a PDF stored inside a ZIP or an Outlook message must not pass for a PDF.
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return detectZipType(bytes, context);
  if (startsWith(bytes, COMPOUND_FILE_MAGIC)) throw rejectCompoundFile(bytes, context);
  if (hasPdfHeader(bytes)) return MIME.pdf;

  const head = readTextHead(bytes);
  if (head.isText) return sniffTextType(head.text, extensionOf(filename), declaredMime);

  const binary = recognizeBinary(bytes);
  throw unsupportedUpload(
    context,
    binary?.detected ?? "unrecognised binary",
    binary?.userMessage ??
      "Unsupported file type: this file is not a document Quire can read (PDF, Word, PowerPoint, Excel, OpenDocument, HTML, e-mail, CSV, Markdown or text).",
  );
}

function extensionOf(filename: string): string {
  const base = filename.toLowerCase().split(/[\\/]/).pop() ?? "";
  return base.includes(".") ? (base.split(".").pop() ?? "") : "";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_MAGIC.length;
  for (let start = 0; start <= limit; start++) {
    if (PDF_MAGIC.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
}
