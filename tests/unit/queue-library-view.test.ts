import { describe, expect, it } from "vitest";
import type { ApiDocument, QueueStatusResponse } from "@/app/components/api/types";
import {
  countByView,
  failureReasonCounts,
  filterDocuments,
} from "@/app/components/documents/document-filter";
import { errorReasonLabel } from "@/app/components/documents/error-reason-label";
import {
  formatQueueProgress,
  formatThroughput,
  formatTimeLeft,
} from "@/app/components/documents/format-queue-progress";
import { parseQueueStatus } from "@/app/components/documents/parse-queue-status";

function doc(
  id: string,
  status: ApiDocument["status"],
  errorReason?: ApiDocument["errorReason"],
): ApiDocument {
  return {
    id,
    title: id,
    filename: `${id}.pdf`,
    mimeType: "application/pdf",
    sizeBytes: 1,
    pages: 1,
    ocrPages: 0,
    status,
    chunks: 0,
    embeddedChunks: 0,
    version: 1,
    supersededBy: null,
    effectiveDate: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    ...(errorReason ? { errorReason } : {}),
  };
}

const LIBRARY = [
  doc("a", "ready"),
  doc("b", "queued"),
  doc("c", "processing"),
  doc("d", "failed", "encrypted"),
  doc("e", "failed", "timed_out"),
  doc("f", "failed", "encrypted"),
];

const ids = (documents: ApiDocument[]) => documents.map((document) => document.id);

describe("library filter", () => {
  it.each([
    [{ view: "all", reason: "any" }, ["a", "b", "c", "d", "e", "f"]],
    [{ view: "ready", reason: "any" }, ["a"]],
    [{ view: "active", reason: "any" }, ["b", "c"]],
    [{ view: "failed", reason: "any" }, ["d", "e", "f"]],
    [{ view: "failed", reason: "encrypted" }, ["d", "f"]],
    [{ view: "failed", reason: "cancelled" }, []],
  ] as const)("%j shows %j", (filter, expected) => {
    expect(ids(filterDocuments(LIBRARY, filter))).toEqual(expected);
  });

  it("counts each view and lists the reasons present, in a fixed order", () => {
    expect(countByView(LIBRARY)).toEqual({ all: 6, ready: 1, active: 2, failed: 3 });
    expect(failureReasonCounts(LIBRARY)).toEqual([
      { reason: "encrypted", count: 2 },
      { reason: "timed_out", count: 1 },
    ]);
  });

  it("names reasons for people", () => {
    expect(errorReasonLabel("timed_out")).toBe("Took too long");
    expect(errorReasonLabel("too_large")).toBe("Too large");
    expect(errorReasonLabel(undefined)).toBe("Failed");
  });
});

const status = (overrides: Partial<QueueStatusResponse>): QueueStatusResponse => ({
  queued: 0,
  processing: 0,
  ready: 0,
  failed: 0,
  total: 0,
  pagesPerSecond: null,
  etaSeconds: null,
  ...overrides,
});

describe("queue progress line", () => {
  it("reads like '37 of 1,000 processed · about 4 min left'", () => {
    expect(
      formatQueueProgress(
        status({ ready: 35, failed: 2, queued: 960, processing: 3, total: 1000, etaSeconds: 235 }),
      ),
    ).toBe("37 of 1,000 processed · about 4 min left");
  });

  it("says when the time left is not known yet, and nothing when the queue is empty", () => {
    expect(formatQueueProgress(status({ queued: 2, total: 2 }))).toBe(
      "0 of 2 processed · estimating time left",
    );
    expect(formatQueueProgress(status({ ready: 5, total: 5, etaSeconds: 0 }))).toBeNull();
  });

  it.each([
    [20, "less than a minute left"],
    [90, "about 2 min left"],
    [3600, "about 1 h left"],
    [4800, "about 1 h 20 min left"],
  ])("%i s is %s", (seconds, text) => {
    expect(formatTimeLeft(seconds)).toBe(text);
  });

  it("formats the rate", () => {
    expect(formatThroughput(status({ pagesPerSecond: 2.345 }))).toBe("2.3 pages/s");
    expect(formatThroughput(status({ pagesPerSecond: 41.6 }))).toBe("42 pages/s");
    expect(formatThroughput(status({}))).toBeNull();
  });

  it("rejects bodies that are not a queue status", () => {
    expect(parseQueueStatus(status({ queued: 1 }))).toMatchObject({ queued: 1 });
    expect(parseQueueStatus({ queued: "1" })).toBeNull();
    expect(parseQueueStatus("<html>")).toBeNull();
  });
});
