import { describe, expect, it } from "vitest";
import { extractionError } from "@/ingest/extract/extraction-error";
import { classifyFailure } from "@/ingest/pipeline/classify-failure";
import {
  extractionOutOfMemory,
  extractionThreadUnavailable,
  extractionTimedOut,
} from "@/ingest/threads/extraction-limit-errors";
import { deserializeError, serializeError } from "@/ingest/threads/thread-protocol";
import { AppError } from "@/lib/errors/app-error";

describe("classifyFailure", () => {
  it.each([
    ["an encrypted PDF", extractionError("encrypted", "x"), "encrypted"],
    ["a damaged PDF", extractionError("corrupt", "x"), "corrupt"],
    ["a scan without text", extractionError("empty", "x"), "empty"],
    ["an unreadable feature", extractionError("unsupported", "x"), "unsupported"],
    ["a file past the time limit", extractionTimedOut(120_000), "timed_out"],
    ["a file past the memory limit", extractionOutOfMemory(1536), "too_large"],
    ["an unsupported type", new AppError("UNSUPPORTED_MEDIA_TYPE", "x"), "unsupported"],
    ["an oversized file", new AppError("PAYLOAD_TOO_LARGE", "x"), "too_large"],
  ])("%s is final, with reason %s", (_label, error, reason) => {
    const verdict = classifyFailure(error, true);
    expect(verdict).toMatchObject({ reason, retryable: false });
    expect(verdict.message).toBe((error as AppError).userMessage);
  });

  it("does not retry a reader's unexpected exception: the same file would throw again", () => {
    expect(classifyFailure(new TypeError("undefined is not a function"), true)).toMatchObject({
      reason: "internal",
      retryable: false,
      message: "Ingestion failed unexpectedly.",
    });
  });

  it("retries failures of this machine rather than of the file", () => {
    expect(classifyFailure(new Error("disk I/O error"), false)).toMatchObject({
      reason: "internal",
      retryable: true,
    });
    expect(classifyFailure(new AppError("INDEX_UNAVAILABLE", "lance"), false)).toMatchObject({
      retryable: true,
    });
    expect(classifyFailure(extractionThreadUnavailable("no ready message"), true)).toMatchObject({
      reason: "internal",
      retryable: true,
    });
  });
});

describe("errors crossing the thread boundary", () => {
  it("keep their code, user message and reason", () => {
    const copy = deserializeError(
      structuredClone(serializeError(extractionError("encrypted", "needs password"))),
    );
    expect(copy).toBeInstanceOf(AppError);
    expect(copy).toMatchObject({ code: "UNPROCESSABLE", details: { reason: "encrypted" } });
    expect(copy.userMessage).toMatch(/password/);
  });

  it("turn a plain exception into an internal failure with a safe message", () => {
    const copy = deserializeError(structuredClone(serializeError(new RangeError("Invalid array length"))));
    expect(copy.details).toEqual({ reason: "internal" });
    expect(copy.userMessage).not.toMatch(/array/i);
  });
});
