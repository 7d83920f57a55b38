import { describe, expect, it } from "vitest";
import { describeImport } from "@/app/components/imports/describe-import";
import { folderFromInput, isZipArchive } from "@/app/components/imports/folder-files";
import type { ApiImportBatch, FolderFile, ImportItem } from "@/app/components/imports/import-types";
import {
  MAX_BYTES_PER_REQUEST,
  MAX_FILES_PER_REQUEST,
  planFolderRequests,
} from "@/app/components/imports/plan-folder-requests";

function pickedFile(relativePath: string, size = 10): File {
  const file = new File([new Uint8Array(size)], relativePath.split("/").pop() ?? relativePath);
  Object.defineProperty(file, "webkitRelativePath", { value: relativePath });
  return file;
}

const batch: ApiImportBatch = {
  id: "b1",
  label: "corpus",
  origin: "upload",
  total: 1000,
  skipped: 5,
  counts: { queued: 300, processing: 1, ready: 690, failed: 4 },
  pagesPerSecond: 12.34,
  etaSeconds: 95,
  finished: false,
  createdAt: "2025-01-01T00:00:00.000Z",
  finishedAt: null,
};

const item = (patch: Partial<ImportItem>): ImportItem => ({
  key: "k",
  label: "corpus",
  phase: "sent",
  sentFiles: 1000,
  totalFiles: 1000,
  ...patch,
});

describe("describeImport", () => {
  it("counts sent files before the server has a batch", () => {
    expect(describeImport(item({ phase: "sending", sentFiles: 200 }))).toMatchObject({
      status: "sending",
      detail: "200 of 1,000 sent",
      done: 200,
      total: 1000,
    });
  });

  it("shows done files, counts, pages per second and time left while importing", () => {
    const display = describeImport(item({ batch }));
    expect(display).toMatchObject({ status: "importing", statusText: "Importing", done: 699, total: 1000 });
    expect(display.detail).toBe(
      "699 of 1,000 files done · 690 ready · 4 failed · 5 skipped · 301 waiting · 12.3 pages/s · about 1m 35s left",
    );
  });

  it("says it is estimating before there is a rate", () => {
    expect(describeImport(item({ batch: { ...batch, etaSeconds: null, pagesPerSecond: 0 } })).detail).toMatch(
      /301 waiting · estimating time left…$/,
    );
  });

  it("summarises a finished import", () => {
    const finished = {
      ...batch,
      finished: true,
      counts: { queued: 0, processing: 0, ready: 991, failed: 4 },
    };
    expect(describeImport(item({ batch: finished }))).toMatchObject({
      status: "finished",
      detail: "991 ready · 4 failed · 5 skipped",
    });
  });

  it("shows the server's reason when sending failed", () => {
    expect(
      describeImport(item({ phase: "failed", error: "The archive was rejected as a likely zip bomb." })),
    ).toMatchObject({
      status: "failed",
      statusText: "The archive was rejected as a likely zip bomb.",
    });
  });
});

describe("planFolderRequests", () => {
  const files = (count: number, size = 10): FolderFile[] =>
    Array.from({ length: count }, (_, i) => ({ file: pickedFile(`f${i}.txt`, size), path: `f${i}.txt` }));

  it("sends a small folder in one request", () => {
    expect(planFolderRequests(files(3)).map((group) => group.length)).toEqual([3]);
  });

  it("splits a 1,000-file folder by file count, keeping order", () => {
    const groups = planFolderRequests(files(1000));
    expect(groups.map((group) => group.length)).toEqual([200, 200, 200, 200, 200]);
    expect(groups[1]?.[0]?.path).toBe(`f${MAX_FILES_PER_REQUEST}.txt`);
  });

  it("splits by bytes and sends an oversize file alone", () => {
    const big = Math.floor(MAX_BYTES_PER_REQUEST / 2) + 1;
    const groups = planFolderRequests([...files(3, big), ...files(1, MAX_BYTES_PER_REQUEST * 2)]);
    expect(groups.map((group) => group.length)).toEqual([1, 1, 1, 1]);
  });
});

describe("folderFromInput", () => {
  it("names the import after the chosen folder, keeps paths relative to it and leaves junk out", () => {
    const folder = folderFromInput([
      pickedFile("corpus/a.txt"),
      pickedFile("corpus/sub/b.md"),
      pickedFile("corpus/.DS_Store"),
      pickedFile("corpus/.git/HEAD"),
    ]);
    expect(folder.label).toBe("corpus");
    expect(folder.files.map((file) => file.path)).toEqual(["a.txt", "sub/b.md"]);
  });

  it("recognises archives by name or type", () => {
    expect(isZipArchive(new File([], "Bundle.ZIP"))).toBe(true);
    expect(isZipArchive(new File([], "bundle", { type: "application/zip" }))).toBe(true);
    expect(isZipArchive(new File([], "notes.txt"))).toBe(false);
  });
});
