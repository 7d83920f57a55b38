import {
  entryDataOffset,
  readZipDirectory,
  type ZipEntry,
  ZipFormatError,
} from "@/lib/documents/detect/read-zip-directory";
import { extractionError } from "../../extraction-error";
import { ARCHIVE_LIMITS, type ArchiveLimits } from "./archive-limits";
import { EntrySizeMismatch, inflateEntry } from "./inflate-entry";

export interface OpenArchiveOptions {
  /** Human name of the format for messages, e.g. "Word document". */
  formatName: string;
  /** Entries the extractor needs; the rest (images, fonts, embedded files) are never inflated. */
  keep: (name: string) => boolean;
  limits?: ArchiveLimits;
}

const STORED = 0;
const DEFLATED = 8;

/**
 * Unpacks the entries an extractor needs from an office ZIP, refusing decompression bombs before
 * inflating anything (entry count, declared total, compression ratio) and verifying while
 * inflating that no entry grows past its declared size. Libraries are then given only these
 * verified bytes (see storeArchive), never the original archive.
 */
export function openArchive(bytes: Uint8Array, options: OpenArchiveOptions): Map<string, Uint8Array> {
  const limits = options.limits ?? ARCHIVE_LIMITS;
  const entries = listEntries(bytes, options.formatName);
  if (entries.length > limits.maxEntries) {
    throw tooLarge(options.formatName, limits, `${entries.length} entries (limit ${limits.maxEntries})`);
  }
  const wanted = entries.filter((entry) => !entry.name.endsWith("/") && options.keep(entry.name));
  checkDeclaredSizes(wanted, options.formatName, limits);

  const files = new Map<string, Uint8Array>();
  for (const entry of wanted) files.set(entry.name, readEntry(bytes, entry, options.formatName));
  return files;
}

function listEntries(bytes: Uint8Array, formatName: string): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    throw extractionError("corrupt", `ZIP directory unreadable: ${error.message}`, {
      userMessage: `This ${formatName} is damaged or incomplete (its ZIP structure is broken), so it cannot be opened. Save it again and re-upload.`,
      cause: error,
    });
  }
}

function checkDeclaredSizes(entries: ZipEntry[], formatName: string, limits: ArchiveLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioCheckAbove && ratio > limits.maxRatio) {
      throw tooLarge(
        formatName,
        limits,
        `"${entry.name}" declares ${entry.uncompressedSize} bytes at ${Math.round(ratio)}:1`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw tooLarge(formatName, limits, `entries declare ${total} bytes (limit ${limits.maxTotalBytes})`);
  }
}

function readEntry(bytes: Uint8Array, entry: ZipEntry, formatName: string): Uint8Array {
  if (entry.encrypted) {
    throw extractionError("encrypted", `ZIP entry "${entry.name}" is encrypted`, {
      userMessage: `This ${formatName} is password-protected; remove the password and upload it again.`,
    });
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw extractionError(
      "unsupported",
      `ZIP entry "${entry.name}" uses compression method ${entry.method}`,
      {
        userMessage: `This ${formatName} uses an unusual ZIP compression method that cannot be read; save it again with Office or LibreOffice and re-upload.`,
      },
    );
  }
  try {
    const start = entryDataOffset(bytes, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === DEFLATED) return inflateEntry(data, entry.uncompressedSize);
    if (data.length !== entry.uncompressedSize)
      throw new EntrySizeMismatch("stored size differs from declared");
    return data;
  } catch (error) {
    throw extractionError("corrupt", `ZIP entry "${entry.name}" unreadable: ${messageOf(error)}`, {
      userMessage: `This ${formatName} is damaged: part of it ("${entry.name}") cannot be unpacked. Save it again and re-upload.`,
      cause: error,
    });
  }
}

function tooLarge(formatName: string, limits: ArchiveLimits, detail: string) {
  return extractionError("too_large", `ZIP refused before unpacking: ${detail}`, {
    userMessage: `This ${formatName} unpacks to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB (or at an implausible compression ratio), more than can be indexed. Split it into smaller files.`,
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
