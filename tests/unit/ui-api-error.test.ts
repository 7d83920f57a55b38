import { describe, expect, it } from "vitest";
import { apiErrorFromBody, describeRequestFailure } from "@/app/components/api/api-error";

describe("apiErrorFromBody", () => {
  it("uses the server's message and code", () => {
    const error = apiErrorFromBody(413, { error: { code: "PAYLOAD_TOO_LARGE", message: "Max 50 MB." } });
    expect(error).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE", message: "Max 50 MB." });
  });

  it("falls back to a readable message when the body is not ours", () => {
    expect(apiErrorFromBody(415, "<html>").message).toMatch(/not supported/);
    expect(apiErrorFromBody(418, null).message).toContain("HTTP 418");
  });

  it("describes network failures without internals", () => {
    expect(describeRequestFailure(new TypeError("fetch failed"))).toMatch(/Could not reach/);
  });
});
