import { AppError } from "@/lib/errors/app-error";
import { normalizeEntryPath } from "./entry-path";
import { type ImportEntry, skippedEntry } from "./import-entry";
import { junkReason } from "./junk-reason";
import { listZipEntries, type ZipEntryInfo } from "./list-zip-entries";
import { ZipEntryReader } from "./zip-entry-reader";
import { BOMB_MIN_BYTES, BOMB_RATIO, megabytes, type ZipLimits } from "./zip-limits";

const STORED = 0;
const DEFLATED = 8;

function tooLarge(message: string, userMessage: string): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", message, { userMessage });
}

/** Refuses archives that would exhaust memory or disk before a single entry is inflated. */
function checkArchiveBounds(archive: Uint8Array, files: ZipEntryInfo[], limits: ZipLimits): void {
  if (archive.byteLength > limits.maxTotalBytes) {
    throw tooLarge(
      `Archive of ${archive.byteLength} bytes`,
      `The archive is larger than the ${megabytes(limits.maxTotalBytes)} MB allowed; split it into smaller archives.`,
    );
  }
  if (files.length > limits.maxEntries) {
    throw tooLarge(
      `Archive with ${files.length} entries`,
      `The archive holds ${files.length} files; at most ${limits.maxEntries} are accepted in one archive.`,
    );
  }
  const total = files.reduce((sum, file) => sum + file.originalSize, 0);
  if (total > limits.maxTotalBytes) {
    throw tooLarge(
      `Archive expands to ${total} bytes`,
      `The archive expands to ${megabytes(total)} MB, more than the ${megabytes(limits.maxTotalBytes)} MB allowed; split it into smaller archives.`,
    );
  }
  const bomb = files.find(
    (file) => file.originalSize >= BOMB_MIN_BYTES && file.originalSize > BOMB_RATIO * Math.max(1, file.size),
  );
  if (bomb) {
    throw new AppError(
      "UNPROCESSABLE",
      `Zip bomb suspected: ${bomb.name} ${bomb.size} -> ${bomb.originalSize}`,
      {
        userMessage: `The archive was rejected as a likely zip bomb: an entry expands more than ${BOMB_RATIO} times. Nothing was imported.`,
      },
    );
  }
}

function skipReason(info: ZipEntryInfo, path: string, seen: Set<string>, limits: ZipLimits): string | null {
  if (seen.has(path)) return "Skipped: the archive holds another file with this path.";
  const junk = junkReason(path);
  if (junk) return junk;
  if (info.originalSize > limits.maxEntryBytes)
    return `Skipped: larger than the ${megabytes(limits.maxEntryBytes)} MB upload limit.`;
  if (info.compression !== STORED && info.compression !== DEFLATED)
    return "Skipped: compressed with a method other than deflate.";
  return null;
}

/**
 * Lists an archive's files as import entries (folders in it become path prefixes). Every path is
 * checked before anything is stored, so an archive with one zip-slip entry imports nothing.
 */
export function readZipEntries(archive: Uint8Array, limits: ZipLimits): ImportEntry[] {
  const listed = listZipEntries(archive);
  for (const info of listed) normalizeEntryPath(info.name);
  const files = listed.filter((info) => !/[/\\]$/.test(info.name));
  checkArchiveBounds(archive, files, limits);

  const seen = new Set<string>();
  const classified = files.map((info) => {
    const path = normalizeEntryPath(info.name);
    const reason = skipReason(info, path, seen, limits);
    seen.add(path);
    return { info, path, reason };
  });
  const reader = new ZipEntryReader(
    archive,
    classified.filter((item) => item.reason === null).map((item) => item.info),
  );
  return classified.map(
    ({ info, path, reason }): ImportEntry =>
      reason === null
        ? { kind: "file", path, size: info.originalSize, read: async () => reader.read(info.name) }
        : skippedEntry(path, reason),
  );
}
