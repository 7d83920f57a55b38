import { unzipSync } from "fflate";
import { AppError } from "@/lib/errors/app-error";

/** Entries are inflated in groups of about this many bytes: few passes over the archive, bounded memory. */
const GROUP_BYTES = 32 * 1024 * 1024;

function unreadable(name: string, cause: unknown): AppError {
  return new AppError("UNPROCESSABLE", `Zip entry ${name} failed to inflate`, {
    userMessage: "Skipped: the entry could not be read from the archive (damaged or encrypted).",
    cause,
  });
}

/**
 * Inflates entries on demand, a group at a time, in the order they are asked for. fflate has no
 * random access by entry, so one pass with a filter per group avoids re-scanning the archive for
 * every file of a 10,000-entry zip. Each group is dropped as soon as its entries are taken.
 */
export class ZipEntryReader {
  private readonly groupOf = new Map<string, number>();
  private readonly groups: string[][] = [];
  private readonly ready = new Map<string, Uint8Array | AppError>();

  constructor(
    private readonly archive: Uint8Array,
    entries: Array<{ name: string; originalSize: number }>,
  ) {
    let current: string[] = [];
    let bytes = 0;
    for (const entry of entries) {
      if (current.length > 0 && bytes + entry.originalSize > GROUP_BYTES) {
        this.groups.push(current);
        current = [];
        bytes = 0;
      }
      this.groupOf.set(entry.name, this.groups.length);
      current.push(entry.name);
      bytes += entry.originalSize;
    }
    if (current.length > 0) this.groups.push(current);
  }

  read(name: string): Uint8Array {
    if (!this.ready.has(name)) this.inflateGroup(this.groupOf.get(name) ?? -1);
    const result = this.ready.get(name);
    this.ready.delete(name);
    if (result instanceof AppError) throw result;
    if (result === undefined) throw unreadable(name, new Error("entry not found"));
    return result;
  }

  private inflateGroup(index: number): void {
    const names = this.groups[index];
    if (!names) return;
    try {
      this.take(names);
    } catch {
      // One bad entry must not cost its neighbours: retry one by one to find it.
      for (const name of names) {
        try {
          this.take([name]);
        } catch (error) {
          this.ready.set(name, unreadable(name, error));
        }
      }
    }
  }

  private take(names: string[]): void {
    const wanted = new Set(names);
    // fflate inflates into a buffer of the declared size, so an entry lying about its size is cut
    // short there rather than allowed to grow without bound.
    const files = unzipSync(this.archive, { filter: (info) => wanted.has(info.name) });
    for (const name of names) {
      const bytes = files[name];
      if (bytes) this.ready.set(name, bytes);
    }
  }
}
