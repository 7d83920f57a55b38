import { AppError } from "@/lib/errors/app-error";
import { detectBom } from "@/lib/text/detect-bom";

export type SupportedMimeType = "application/pdf" | "text/markdown" | "text/plain";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** Acrobat accepts a header anywhere in the first 1024 bytes (after junk some mailers prepend). */
const PDF_HEADER_WINDOW = 1024;
const SNIFF_WINDOW = 8192;
const MARKDOWN_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd"]);
const TEXT_EXTENSIONS = new Set(["txt", "text"]);

/**
 * Decides how to read an upload. Content beats names: a PDF renamed to .txt is still a PDF, and
 * a binary renamed to .md must not be indexed as gibberish. The declared MIME type is only a
 * hint for text files with no telling extension.
 */
export function detectType(bytes: Uint8Array, filename: string, declaredMime?: string): SupportedMimeType {
  if (hasPdfHeader(bytes)) return "application/pdf";
  const looksLikeText = isProbablyText(bytes);
  const extension = filename.toLowerCase().split(".").pop() ?? "";
  if (looksLikeText) {
    if (MARKDOWN_EXTENSIONS.has(extension)) return "text/markdown";
    if (TEXT_EXTENSIONS.has(extension)) return "text/plain";
    if (declaredMime?.toLowerCase().startsWith("text/markdown")) return "text/markdown";
    return "text/plain";
  }
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Unrecognised content for upload "${filename}"`, {
    userMessage: "Unsupported file type: only PDF, Markdown and plain text are accepted for now.",
    details: { filename, declaredMime: declaredMime ?? null },
  });
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_MAGIC.length;
  for (let start = 0; start <= limit; start++) {
    if (PDF_MAGIC.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
}

/**
 * Text if the first 8 KB, read in the encoding its BOM announces, has no NUL and almost no
 * control characters. Bytes >= 0x80 count as printable so UTF-8 and Latin-1 both pass.
 */
function isProbablyText(bytes: Uint8Array): boolean {
  const { encoding, offset } = detectBom(bytes);
  const window = bytes.subarray(offset, offset + SNIFF_WINDOW);
  // An empty upload is "text" so the text extractor can report it as empty, not unsupported.
  if (window.length === 0) return true;
  const codes = encoding === "utf-8" ? Array.from(window) : utf16Units(window, encoding === "utf-16le");
  let suspicious = 0;
  for (const code of codes) {
    if (code === 0) return false;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) suspicious++;
  }
  return suspicious <= codes.length * 0.02;
}

function utf16Units(bytes: Uint8Array, littleEndian: boolean): number[] {
  const units: number[] = [];
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const low = bytes[index] ?? 0;
    const high = bytes[index + 1] ?? 0;
    units.push(littleEndian ? low | (high << 8) : (low << 8) | high);
  }
  return units;
}
