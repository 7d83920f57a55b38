import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";

describe("extraction limits in the configuration", () => {
  it("default to 60 s and 1536 MB per file", () => {
    expect(loadConfig({})).toMatchObject({ extractTimeoutMs: 60_000, extractMemoryMb: 1536 });
  });

  it("are read from QUIRE_EXTRACT_TIMEOUT_S and QUIRE_EXTRACT_MEMORY_MB", () => {
    expect(loadConfig({ QUIRE_EXTRACT_TIMEOUT_S: "5", QUIRE_EXTRACT_MEMORY_MB: "512" })).toMatchObject({
      extractTimeoutMs: 5_000,
      extractMemoryMb: 512,
    });
  });

  it.each([
    ["QUIRE_EXTRACT_TIMEOUT_S", "0"],
    ["QUIRE_EXTRACT_TIMEOUT_S", "soon"],
    // Below the readers' own footprint a thread cannot even start reading.
    ["QUIRE_EXTRACT_MEMORY_MB", "64"],
  ])("reject %s=%s naming the variable", (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`${variable}:`));
  });
});
