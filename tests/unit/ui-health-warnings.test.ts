import { describe, expect, it } from "vitest";
import type { HealthResponse } from "@/app/components/api/types";
import { type HealthWarning, healthWarnings } from "@/app/components/health/health-warnings";

function healthy(): HealthResponse {
  return {
    status: "ok",
    db: true,
    index: { chunks: 10, ok: true },
    ollama: {
      ok: true,
      host: "http://gpu-01:11434",
      version: "0.12.6",
      chatModel: { name: "llama3.1:8b", digest: "sha256:a", present: true },
      embedModel: { name: "nomic-embed-text", digest: "sha256:b", present: true },
    },
    embeddings: { indexedModel: "nomic-embed-text", dimension: 768, missing: 0, reembedNeeded: false },
  };
}

const text = (warning: HealthWarning | undefined) =>
  warning?.parts.map((part) => ("code" in part ? part.code : part.text)).join("") ?? "";

describe("healthWarnings", () => {
  it("is silent when everything is fine or unknown", () => {
    expect(healthWarnings(healthy(), true)).toEqual([]);
    expect(healthWarnings(null, true)).toEqual([]);
  });

  it("names the unreachable model host", () => {
    const health = healthy();
    health.ollama.ok = false;
    health.ollama.chatModel.present = false;
    const warnings = healthWarnings(health, true);
    expect(warnings).toHaveLength(1);
    expect(text(warnings[0])).toBe(
      "The model host at http://gpu-01:11434 is unreachable. Search still works with keywords; answers resume when it is back.",
    );
    expect(warnings[0]?.tone).toBe("error");
  });

  it("tells how to install a missing model", () => {
    const health = healthy();
    health.ollama.chatModel.present = false;
    const warnings = healthWarnings(health, true);
    expect(text(warnings[0])).toContain(
      "Model llama3.1:8b is not installed on the model host: run ollama pull llama3.1:8b there.",
    );
    expect(warnings[0]?.parts).toContainEqual({ code: "ollama pull llama3.1:8b" });
  });

  it("warns when passages need re-embedding", () => {
    const health = healthy();
    health.embeddings = { indexedModel: "all-minilm", dimension: 384, missing: 42, reembedNeeded: true };
    expect(text(healthWarnings(health, true)[0])).toContain("42 passages need re-embedding");
  });

  it("reports an unreachable Quire server on its own", () => {
    expect(healthWarnings(null, false).map((warning) => warning.id)).toEqual(["server"]);
  });
});
