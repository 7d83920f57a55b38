import { extractionError } from "../../extraction-error";

const MB = 1024 * 1024;

/**
 * Refuses a file bigger than its parser can get through in reasonable time (parsers that build
 * a whole tree in memory read about 1 MB per second here), before any parsing starts.
 */
export function refuseOversized(bytes: Uint8Array, maxBytes: number, formatName: string): void {
  if (bytes.length <= maxBytes) return;
  throw extractionError("too_large", `${formatName} of ${bytes.length} bytes exceeds ${maxBytes}`, {
    userMessage: `This ${formatName} is larger than ${Math.round(maxBytes / MB)} MB, more than can be indexed in one piece. Split it into smaller files.`,
  });
}
