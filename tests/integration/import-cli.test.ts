import fs from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllama } from "../fake-ollama/start-fake-ollama";
import type { FakeOllama } from "../fake-ollama/types";
import { handbookPages } from "../support/handbook";
import { makeCorruptPdf, makePdf } from "../support/make-pdf";
import { runQuireCli } from "../support/run-quire-cli";
import { makeTempDir } from "../support/temp-dir";

interface ImportRecord {
  path: string;
  documentId: string | null;
  status: "ready" | "failed" | "skipped";
  error: string | null;
}

let fake: FakeOllama;
const temp = makeTempDir("quire-import-cli-");

function write(root: string, relativePath: string, content: string | Uint8Array) {
  const file = path.join(root, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function env(dataDir: string) {
  return { QUIRE_DATA_DIR: dataDir, OLLAMA_HOST: fake.url, QUIRE_OLLAMA_TIMEOUT_MS: "5000" };
}

function readRecords(file: string): Record<string, ImportRecord> {
  const records = JSON.parse(fs.readFileSync(file, "utf8")) as ImportRecord[];
  return Object.fromEntries(records.map((record) => [record.path, record]));
}

beforeAll(async () => {
  fake = await startFakeOllama();
});

afterAll(async () => {
  await fake?.close();
  temp.remove();
});

describe("quire import <folder>", { timeout: 180_000 }, () => {
  const folder = path.join(temp.dir, "corpus");
  const dataDir = path.join(temp.dir, "data-folder");
  const jsonFile = path.join(temp.dir, "folder.json");

  beforeAll(async () => {
    write(folder, "handbook.pdf", await makePdf(handbookPages(), { title: "Clinic handbook" }));
    write(
      folder,
      "notes/visiting.md",
      "# Visiting\n\nVisitors sign in at reception before entering the wards.\n",
    );
    write(
      folder,
      "notes/deep/er/fire.txt",
      "The fire assembly point is the staff car park beside the pharmacy.\n",
    );
    write(
      folder,
      "notes/zz-copy-of-fire.txt",
      "The fire assembly point is the staff car park beside the pharmacy.\n",
    );
    write(folder, "broken.pdf", makeCorruptPdf());
    write(folder, "program.bin", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
    write(folder, ".DS_Store", "\0\0\0\x01Bud1");
    write(folder, "notes/Thumbs.db", "junk");
    write(folder, ".git/HEAD", "ref: refs/heads/main\n");
    fs.symlinkSync("/etc/hostname", path.join(folder, "outside-link.txt"));
  });

  it("stores every file, processes them with the worker and prints the summary line", async () => {
    const result = await runQuireCli(["import", folder, "--json", jsonFile], env(dataDir));
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toBe("imported 10 files: 3 ready, 1 failed, 6 skipped");
    // Progress went to stderr, never to stdout.
    expect(result.stderr).toMatch(/stored 10\/10 · ready 3 · failed 1 · queued 0 · [\d.]+ pages\/s · done/);
    expect(result.stdout).not.toContain("pages/s");
  });

  it("writes one JSON record per file found", () => {
    const records = readRecords(jsonFile);
    expect(Object.keys(records).sort()).toEqual(
      [
        ".DS_Store",
        ".git/HEAD",
        "broken.pdf",
        "handbook.pdf",
        "notes/Thumbs.db",
        "notes/zz-copy-of-fire.txt",
        "notes/deep/er/fire.txt",
        "notes/visiting.md",
        "outside-link.txt",
        "program.bin",
      ].sort(),
    );
    for (const file of ["handbook.pdf", "notes/visiting.md", "notes/deep/er/fire.txt"]) {
      expect(records[file]).toMatchObject({ status: "ready", error: null });
      expect(records[file]?.documentId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(records["broken.pdf"]).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/damaged/),
    });
    expect(records["program.bin"]).toMatchObject({
      status: "skipped",
      documentId: null,
      error: expect.stringMatching(/support/i),
    });
    // The second copy of the same text is a duplicate of the first and points at it.
    expect(records["notes/zz-copy-of-fire.txt"]).toMatchObject({
      status: "skipped",
      documentId: records["notes/deep/er/fire.txt"]?.documentId,
      error: expect.stringMatching(/already in the library/),
    });
    expect(records["outside-link.txt"]?.error).toMatch(/points outside the folder/);
    expect(records[".DS_Store"]?.error).toMatch(/junk/);
    expect(records[".git/HEAD"]?.error).toMatch(/hidden folder/);
  });

  it("skips everything as a duplicate when the same folder is imported again", async () => {
    const result = await runQuireCli(["import", folder], env(dataDir));
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toBe("imported 10 files: 0 ready, 0 failed, 10 skipped");
  });
});

describe("quire import <zip>", { timeout: 180_000 }, () => {
  it("imports the entries of an archive, nested folders included", async () => {
    const archive = path.join(temp.dir, "bundle.zip");
    const jsonFile = path.join(temp.dir, "zip.json");
    fs.writeFileSync(
      archive,
      zipSync({
        "bundle/readme.md": strToU8("# Bundle\n\nThe bundle explains how archives are imported.\n"),
        "bundle/a/b/c/deep.txt": strToU8("Deeply nested text about lighthouses and harbours.\n"),
        "bundle/broken.pdf": makeCorruptPdf(3),
        "bundle/empty.txt": new Uint8Array(0),
        "__MACOSX/bundle/._readme.md": strToU8("resource fork"),
      }),
    );
    const result = await runQuireCli(
      ["import", archive, "--collection", "archives", "--json", jsonFile],
      env(path.join(temp.dir, "data-zip")),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toBe("imported 5 files: 2 ready, 1 failed, 2 skipped");
    const records = readRecords(jsonFile);
    expect(records["bundle/a/b/c/deep.txt"]?.status).toBe("ready");
    expect(records["bundle/broken.pdf"]?.status).toBe("failed");
    expect(records["bundle/empty.txt"]).toMatchObject({
      status: "skipped",
      error: expect.stringMatching(/empty/),
    });
    expect(records["__MACOSX/bundle/._readme.md"]?.status).toBe("skipped");
  });
});

describe("quire import usage errors", { timeout: 180_000 }, () => {
  const dataDir = path.join(temp.dir, "data-usage");

  it.each([
    [[], /missing folder or \.zip/],
    [["/no/such/folder"], /no such file or folder/],
    [["--collection"], /argument missing|option/i],
    [[".", "--bogus"], /Unknown option '--bogus'/],
    [[".", "--collection", "has space"], /collection name/],
    [[".", "--json", "/no/such/folder/out.json"], /folder for --json .* does not exist/],
  ])("import %j exits 2 with a clear message", async (args, message) => {
    const result = await runQuireCli(["import", ...args], env(dataDir));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("refuses a plain file that is not an archive", async () => {
    const file = path.join(temp.dir, "single.txt");
    fs.writeFileSync(file, "just text");
    const result = await runQuireCli(["import", file], env(dataDir));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a folder or a \.zip archive/);
  });
});
