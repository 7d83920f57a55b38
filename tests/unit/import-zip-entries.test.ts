import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ImportEntry } from "@/lib/imports/entries/import-entry";
import { readZipEntries } from "@/lib/imports/entries/read-zip-entries";
import { type ZipLimits, zipLimitsFor } from "@/lib/imports/entries/zip-limits";

const MB = 1024 * 1024;
const LIMITS: ZipLimits = zipLimitsFor(10 * MB);

/** What a person would be told: the AppError's user message. */
function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error);
  }
  throw new Error("expected the archive to be refused");
}

async function contents(entries: ImportEntry[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of entries) {
    result[entry.path] =
      entry.kind === "file" ? new TextDecoder().decode(await entry.read()) : `skipped: ${entry.reason}`;
  }
  return result;
}

/** Rewrites an entry's uncompressed size in the central directory, as a crafted archive would. */
function lieAboutSize(archive: Uint8Array, name: string, declared: number): Uint8Array {
  const copy = archive.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 < copy.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const length = view.getUint16(offset + 28, true);
    if (new TextDecoder().decode(copy.subarray(offset + 46, offset + 46 + length)) === name) {
      view.setUint32(offset + 24, declared, true);
    }
  }
  return copy;
}

describe("readZipEntries", () => {
  it("lists nested files with their paths and skips folders' own entries and junk", async () => {
    const archive = zipSync({
      "corpus/": new Uint8Array(0),
      "corpus/readme.md": strToU8("# Read me"),
      "corpus/deep/er/notes.txt": strToU8("notes"),
      "corpus/.DS_Store": strToU8("junk"),
      "__MACOSX/corpus/._readme.md": strToU8("junk"),
    });
    const entries = readZipEntries(archive, LIMITS);
    expect(await contents(entries)).toEqual({
      "corpus/readme.md": "# Read me",
      "corpus/deep/er/notes.txt": "notes",
      "corpus/.DS_Store": "skipped: Skipped: operating-system junk file.",
      "__MACOSX/corpus/._readme.md": "skipped: Skipped: macOS archive metadata (__MACOSX).",
    });
  });

  it("reads stored (uncompressed) entries and many entries across inflate groups", async () => {
    const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
      "stored.txt": [strToU8("kept as is"), { level: 0 }],
    };
    for (let i = 0; i < 300; i++) files[`many/file-${i}.txt`] = strToU8(`file number ${i}`);
    const entries = readZipEntries(zipSync(files), LIMITS);
    const read = await contents(entries);
    expect(read["stored.txt"]).toBe("kept as is");
    expect(read["many/file-299.txt"]).toBe("file number 299");
    expect(Object.keys(read)).toHaveLength(301);
  });

  it.each([["../escape.txt"], ["docs/../../escape.txt"], ["/etc/passwd"], ["C:/Windows/system.ini"]])(
    "rejects the whole archive for the zip-slip path %j",
    (evil) => {
      const archive = zipSync({ "fine.txt": strToU8("fine"), [evil]: strToU8("evil") });
      expect(refusal(() => readZipEntries(archive, LIMITS))).toMatch(/unsafe path/);
    },
  );

  it("rejects a zip bomb before inflating it", () => {
    const archive = zipSync({ "zeros.txt": new Uint8Array(20 * MB) });
    expect(archive.byteLength).toBeLessThan(100_000);
    expect(refusal(() => readZipEntries(archive, { ...LIMITS, maxTotalBytes: 1000 * MB }))).toMatch(
      /zip bomb/,
    );
  });

  it("rejects an archive whose entries expand past the total limit", () => {
    const archive = zipSync({ "a.txt": strToU8("a".repeat(600)), "b.txt": strToU8("b".repeat(600)) });
    const limits = { ...LIMITS, maxTotalBytes: 1000 };
    expect(refusal(() => readZipEntries(archive, limits))).toMatch(/expands to/);
  });

  it("rejects archives with too many entries", () => {
    const archive = zipSync({ "a.txt": strToU8("a"), "b.txt": strToU8("b"), "c.txt": strToU8("c") });
    expect(refusal(() => readZipEntries(archive, { ...LIMITS, maxEntries: 2 }))).toMatch(/at most 2/);
  });

  it("skips a single entry over the per-file limit but imports the rest", async () => {
    const random = new Uint8Array(3000).map((_, i) => (i * 7919) % 251);
    const archive = zipSync({ "big.bin": random, "small.txt": strToU8("small") });
    const entries = readZipEntries(archive, { ...LIMITS, maxEntryBytes: 2000 });
    expect(await contents(entries)).toEqual({
      "big.bin": "skipped: Skipped: larger than the 0 MB upload limit.",
      "small.txt": "small",
    });
  });

  it("never inflates an entry past the size its header declares", async () => {
    const archive = lieAboutSize(zipSync({ "liar.txt": strToU8("x".repeat(5000)) }), "liar.txt", 10);
    const [entry] = readZipEntries(archive, LIMITS);
    expect(entry?.kind).toBe("file");
    if (entry?.kind === "file") expect((await entry.read()).byteLength).toBeLessThanOrEqual(10);
  });

  it("reports bytes that are not a zip as unreadable", () => {
    expect(refusal(() => readZipEntries(strToU8("this is not a zip archive at all"), LIMITS))).toMatch(
      /not a valid \.zip/,
    );
  });
});
