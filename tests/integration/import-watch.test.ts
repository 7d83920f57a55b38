import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "@/db/queries/documents";
import { listWatchedFiles } from "@/db/queries/watched-files";
import { scanWatchedFolder } from "@/lib/imports/watch/scan-watched-folder";
import { type Harness, startHarness } from "../support/quire-harness";
import { runQuireCli } from "../support/run-quire-cli";
import { makeTempDir } from "../support/temp-dir";

let harness: Harness;
const temp = makeTempDir("quire-watch-");
const root = path.join(temp.dir, "watched");

function write(relativePath: string, content: string) {
  const file = path.join(root, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

const scan = () => scanWatchedFolder(harness.services, { root, collectionId: "watched" });
const remembered = () =>
  Object.fromEntries(listWatchedFiles(harness.services.db, root).map((row) => [row.relativePath, row]));

beforeAll(async () => {
  harness = await startHarness();
  write("policies/leave.md", "# Leave\n\nStaff may take twenty days of annual leave.\n");
  write("policies/travel.txt", "Travel is booked through the office at least two weeks ahead.\n");
  write(".DS_Store", "junk");
});

afterAll(async () => {
  await harness?.close();
  temp.remove();
});

describe("watched folder scans", () => {
  let leaveId: string;
  let travelId: string;

  it("imports every file the first time, with the path as the source key", async () => {
    const result = await scan();
    expect(result.added.map((outcome) => outcome.path)).toEqual(["policies/leave.md", "policies/travel.txt"]);
    expect(result).toMatchObject({ changed: [], removed: [], unchanged: 0, ignored: 1 });
    expect(result.batchId).not.toBeNull();
    await harness.drainQueue();
    const rows = remembered();
    leaveId = rows["policies/leave.md"]?.documentId ?? "";
    travelId = rows["policies/travel.txt"]?.documentId ?? "";
    expect(getDocument(harness.services.db, leaveId)).toMatchObject({
      status: "ready",
      sourceKey: "watched:policies/leave.md",
      collectionId: "watched",
    });
  });

  it("does nothing when nothing changed, even across a restart (state is in SQLite)", async () => {
    const result = await scan();
    expect(result).toMatchObject({ added: [], changed: [], removed: [], unchanged: 2, batchId: null });
  });

  it("imports a changed file again under the same source key, as a new version", async () => {
    write("policies/leave.md", "# Leave\n\nStaff may take twenty-five days of annual leave.\n");
    const result = await scan();
    expect(result.changed.map((outcome) => outcome.path)).toEqual(["policies/leave.md"]);
    await harness.drainQueue();
    const newId = remembered()["policies/leave.md"]?.documentId ?? "";
    expect(newId).not.toBe(leaveId);
    const newVersion = getDocument(harness.services.db, newId);
    expect(newVersion).toMatchObject({ sourceKey: "watched:policies/leave.md", version: 2, status: "ready" });
  });

  it("picks up new files and deletes the documents of deleted files", async () => {
    fs.rmSync(path.join(root, "policies/travel.txt"));
    write("policies/expenses.txt", "Expenses are reimbursed within thirty days of a claim.\n");
    const result = await scan();
    expect(result.added.map((outcome) => outcome.path)).toEqual(["policies/expenses.txt"]);
    expect(result.removed).toEqual(["policies/travel.txt"]);
    expect(getDocument(harness.services.db, travelId)).toBeUndefined();
    expect(Object.keys(remembered()).sort()).toEqual(["policies/expenses.txt", "policies/leave.md"]);
    expect(await harness.services.store.countChunks({ documentIds: [travelId] })).toBe(0);
  });

  it("refuses to treat a vanished folder as empty", async () => {
    const gone = path.join(temp.dir, "unmounted");
    await expect(
      scanWatchedFolder(harness.services, { root: gone, collectionId: "watched" }),
    ).rejects.toMatchObject({ userMessage: expect.stringMatching(/missing.*nothing was changed/) });
  });

  it("leaves a file that is still being written for the next scan", async () => {
    write("policies/in-progress.txt", "half a file");
    const result = await scanWatchedFolder(harness.services, {
      root,
      collectionId: "watched",
      settleMs: 60_000,
    });
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
  });
});

describe("quire watch --once", { timeout: 180_000 }, () => {
  it("scans once, processes what it imported and reports new, changed and deleted files", async () => {
    const folder = path.join(temp.dir, "cli-watched");
    const env = { QUIRE_DATA_DIR: path.join(temp.dir, "cli-data"), OLLAMA_HOST: harness.fake.url };
    fs.mkdirSync(path.join(folder, "sub"), { recursive: true });
    fs.writeFileSync(path.join(folder, "a.txt"), "Alpha document about apples.\n");
    fs.writeFileSync(path.join(folder, "sub/b.txt"), "Beta document about bananas.\n");

    const first = await runQuireCli(["watch", folder, "--once", "--collection", "cli"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("watch: 2 new, 0 changed, 0 deleted, 0 unchanged, 0 ignored");
    expect(first.lastLine).toBe("imported 2 files: 2 ready, 0 failed, 0 skipped");

    fs.writeFileSync(path.join(folder, "a.txt"), "Alpha document, now about apricots.\n");
    fs.rmSync(path.join(folder, "sub/b.txt"));
    fs.writeFileSync(path.join(folder, "c.txt"), "Gamma document about cherries.\n");
    const second = await runQuireCli(["watch", folder, "--once", "--collection", "cli"], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("watch: 1 new, 1 changed, 1 deleted, 0 unchanged, 0 ignored");
    expect(second.lastLine).toBe("imported 2 files: 2 ready, 0 failed, 0 skipped");
  });

  it("exits 2 when the folder is missing", async () => {
    const result = await runQuireCli(["watch", path.join(temp.dir, "nope"), "--once"], {
      QUIRE_DATA_DIR: path.join(temp.dir, "cli-data"),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no such file or folder/);
  });
});
