import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      dataDir: path.resolve("./data"),
      ollamaHost: "http://127.0.0.1:11434",
      chatModel: "llama3.1:8b",
      embedModel: "nomic-embed-text",
      contextSize: 8192,
      maxUploadBytes: 100 * 1024 * 1024,
      port: 3000,
    });
  });

  it("treats empty values as unset and trims trailing slashes from the host", () => {
    const config = loadConfig({ PORT: "", OLLAMA_HOST: "http://gpu:11434/" });
    expect(config.port).toBe(3000);
    expect(config.ollamaHost).toBe("http://gpu:11434");
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["OLLAMA_HOST", "gpu-host:11434"],
    ["OLLAMA_HOST", "ftp://gpu-host"],
    ["QUIRE_CONTEXT_SIZE", "512"],
    ["QUIRE_MAX_UPLOAD_MB", "-1"],
    ["QUIRE_EMBED_BATCH", "8"],
    ["QUIRE_MIN_SIMILARITY", "1.5"],
  ])("rejects %s=%s naming the variable", (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`${variable}:`));
  });
});
