import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/quire-harness";
import { api } from "../support/route-client";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ QUIRE_MAX_UPLOAD_MB: "1" });
});

afterAll(async () => {
  await harness?.close();
});

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const UNKNOWN_ID = "3f1c2b9e-8a47-4d2e-9b1a-0c5d6e7f8a90";

interface Case {
  name: string;
  call: () => Promise<Response>;
  status: number;
  code: string;
  message?: RegExp;
}

const cases: Case[] = [
  {
    name: "upload without a file",
    call: () => api.uploadRaw({ body: new FormData() }),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "upload that is not multipart",
    call: () => api.uploadRaw({ body: "hello", headers: { "content-type": "text/plain" } }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "upload of an image",
    call: () => api.upload([{ name: "scan.png", bytes: PNG, type: "image/png" }]),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: /unsupported/i,
  },
  {
    name: "upload over the size limit",
    call: () => api.upload([{ name: "big.txt", bytes: new Uint8Array(1024 * 1024 + 10).fill(97) }]),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: /big\.txt.*1 MB/,
  },
  {
    name: "empty file",
    call: () => api.upload([{ name: "empty.txt", bytes: new Uint8Array(0) }]),
    status: 422,
    code: "UNPROCESSABLE",
    message: /empty/,
  },
  {
    name: "document id that is not a UUID",
    call: () => api.get("../../etc/passwd"),
    status: 400,
    code: "BAD_REQUEST",
  },
  { name: "unknown document", call: () => api.get(UNKNOWN_ID), status: 404, code: "NOT_FOUND" },
  { name: "file of unknown document", call: () => api.file(UNKNOWN_ID), status: 404, code: "NOT_FOUND" },
  { name: "delete of unknown document", call: () => api.remove(UNKNOWN_ID), status: 404, code: "NOT_FOUND" },
  { name: "search without q", call: () => api.search(""), status: 400, code: "BAD_REQUEST" },
  {
    name: "search with k out of range",
    call: () => api.search("fire", 1000),
    status: 400,
    code: "BAD_REQUEST",
  },
  { name: "ask with malformed JSON", call: () => api.ask("{not json"), status: 400, code: "BAD_REQUEST" },
  {
    name: "ask with an empty question",
    call: () => api.ask({ question: "   " }),
    status: 400,
    code: "BAD_REQUEST",
  },
  { name: "ask with a wrong type", call: () => api.ask({ question: 42 }), status: 400, code: "BAD_REQUEST" },
  {
    name: "ask without JSON content type",
    call: () => api.ask("question", { headers: { "content-type": "text/plain" } }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
];

describe("API errors: typed codes, right status, safe messages", () => {
  it.each(cases)("$name -> $status $code", async ({ call, status, code, message }) => {
    const response = await call();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(body.error.message).not.toMatch(/at .*\.ts:\d+|SQLITE|node_modules|\/tmp\//);
    if (message) expect(body.error.message).toMatch(message);
  });

  it("stores nothing when a request is rejected", async () => {
    const list = (await (await api.list()).json()) as { documents: unknown[] };
    expect(list.documents).toEqual([]);
  });

  it("marks a corrupt PDF failed with a specific reason and keeps the worker running", async () => {
    const corrupt = new TextEncoder().encode(
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref\n%%EOF",
    );
    const response = await api.upload([{ name: "broken.pdf", bytes: corrupt, type: "application/pdf" }]);
    expect(response.status).toBe(202);
    const body = (await response.json()) as { documents: Array<{ id: string }> };
    const id = body.documents[0]?.id ?? "";
    await harness.drainQueue();
    const detail = (await (await api.get(id)).json()) as { status: string; error?: string };
    expect(detail.status).toBe("failed");
    expect(detail.error).toMatch(/damaged|corrupt|could not be read|no text/i);
  });
});
