export interface ArchiveLimits {
  maxEntries: number;
  /** Sum of the entries that are actually read (media are skipped, see openArchive). */
  maxTotalBytes: number;
  /** Compression ratio tolerated for an entry bigger than `ratioCheckAbove`; XML rarely passes 30:1. */
  maxRatio: number;
  ratioCheckAbove: number;
}

const MB = 1024 * 1024;

/**
 * What an office file may expand to before it is refused as a decompression bomb. Real
 * documents are far below these: a 900-page Word handbook unpacks to about 5 MB of XML.
 */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * MB,
  maxRatio: 100,
  ratioCheckAbove: 10 * MB,
};

/**
 * Tighter budgets for parsers that build the whole document in memory, sized so the largest
 * accepted file still extracts in well under a minute (mammoth reads about 1 MB of XML per
 * second; 40 MB is a Word document of several thousand pages).
 */
export const PARSE_BUDGETS = {
  docx: { ...ARCHIVE_LIMITS, maxTotalBytes: 40 * MB },
  officeparser: { ...ARCHIVE_LIMITS, maxTotalBytes: 64 * MB },
} as const;
