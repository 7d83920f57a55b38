import { describe, expect, it } from "vitest";
import { parseCollectionName } from "@/lib/imports/collection-name";
import { normalizeEntryPath } from "@/lib/imports/entries/entry-path";
import { junkReason } from "@/lib/imports/entries/junk-reason";
import { sourceKeyFor } from "@/lib/imports/entries/source-key";
import { diffWatchedFiles } from "@/lib/imports/watch/diff-watched-files";

describe("normalizeEntryPath", () => {
  it.each([
    ["docs/a.txt", "docs/a.txt"],
    ["./docs//b.md", "docs/b.md"],
    ["docs\\windows\\c.txt", "docs/windows/c.txt"],
    ["docs/./d.txt", "docs/d.txt"],
    ["a..b/c..txt", "a..b/c..txt"],
  ])("accepts %j as %j", (raw, normalized) => {
    expect(normalizeEntryPath(raw)).toBe(normalized);
  });

  it.each([
    ["../evil.txt", "parent-directory"],
    ["docs/../../evil.txt", "parent-directory"],
    ["docs\\..\\..\\evil.txt", "parent-directory"],
    ["/etc/passwd", "absolute"],
    ["C:\\Windows\\win.ini", "absolute"],
    ["c:relative.txt", "absolute"],
    ["", "empty"],
    ["./", "empty"],
    ["bad\u0000name.txt", "control"],
  ])("rejects %j (%s)", (raw, why) => {
    expect(() => normalizeEntryPath(raw)).toThrow(why);
  });

  it("rejects with a message safe to show", () => {
    try {
      normalizeEntryPath("../../etc/passwd");
      expect.unreachable();
    } catch (error) {
      expect((error as { userMessage: string; status: number }).userMessage).toMatch(
        /unsafe path.*nothing was imported/,
      );
      expect((error as { status: number }).status).toBe(400);
    }
  });
});

describe("junkReason", () => {
  it.each([
    ".DS_Store",
    "docs/.DS_Store",
    "Thumbs.db",
    "pics/thumbs.db",
    "desktop.ini",
    "__MACOSX/docs/._a.txt",
    ".git/config",
    "docs/.hidden/a.txt",
    "docs/._resource",
    "~$report.docx",
  ])("skips %j", (path) => {
    expect(junkReason(path)).toMatch(/^Skipped: /);
  });

  it.each(["docs/a.txt", "notes.md", "__MACOSX.txt", "a.b/c.pdf", "Thumbs.db.txt"])("keeps %j", (path) => {
    expect(junkReason(path)).toBeNull();
  });
});

describe("collection names and source keys", () => {
  it("defaults to the default collection and keys files by collection and path", () => {
    expect(parseCollectionName(undefined)).toBe("default");
    expect(parseCollectionName("  handbooks-2025 ")).toBe("handbooks-2025");
    expect(sourceKeyFor("handbooks", "hr/leave.pdf")).toBe("handbooks:hr/leave.pdf");
  });

  it.each(["a:b", "with space", "-leading", "x".repeat(65), "ümlaut"])("refuses %j", (name) => {
    expect(() => parseCollectionName(name)).toThrow(/collection/i);
  });
});

describe("diffWatchedFiles", () => {
  const remembered = [
    { relativePath: "same.txt", contentHash: "h1", documentId: "d1" },
    { relativePath: "edited.txt", contentHash: "h2", documentId: "d2" },
    { relativePath: "gone.txt", contentHash: "h3", documentId: "d3" },
    { relativePath: "busy.txt", contentHash: "h4", documentId: "d4" },
  ];

  it("tells new, changed, deleted and unchanged files apart", () => {
    const present = new Map<string, string | null>([
      ["same.txt", "h1"],
      ["edited.txt", "h2-new"],
      ["fresh.txt", "h5"],
      ["busy.txt", null],
    ]);
    const diff = diffWatchedFiles(present, remembered);
    expect(diff.added).toEqual(["fresh.txt"]);
    expect(diff.changed).toEqual(["edited.txt"]);
    expect(diff.unchanged).toEqual(["same.txt"]);
    // A file still being written is neither re-imported nor treated as deleted.
    expect(diff.removed.map((file) => file.relativePath)).toEqual(["gone.txt"]);
    expect(diff.removed[0]?.documentId).toBe("d3");
  });

  it("treats everything as new the first time", () => {
    const diff = diffWatchedFiles(new Map([["a.txt", "h"]]), []);
    expect(diff).toEqual({ added: ["a.txt"], changed: [], removed: [], unchanged: [] });
  });
});
