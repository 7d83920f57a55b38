const MB = 1024 * 1024;

export interface ZipLimits {
  /** Largest single entry, uncompressed: the same limit as one uploaded file. */
  maxEntryBytes: number;
  /** Largest archive, and largest total of its entries uncompressed. */
  maxTotalBytes: number;
  maxEntries: number;
}

/** An archive may hold this many times the single-file limit in all. */
const TOTAL_FACTOR = 10;
const MAX_ENTRIES = 20_000;

/**
 * Deflate cannot shrink real documents much past 10:1; ratios in the hundreds mean a run of
 * identical bytes, which is how zip bombs are built. Small entries are let through whatever
 * their ratio, as they cannot exhaust anything.
 */
export const BOMB_RATIO = 200;
export const BOMB_MIN_BYTES = 1 * MB;

export function zipLimitsFor(maxUploadBytes: number): ZipLimits {
  return {
    maxEntryBytes: maxUploadBytes,
    maxTotalBytes: maxUploadBytes * TOTAL_FACTOR,
    maxEntries: MAX_ENTRIES,
  };
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / MB);
}
