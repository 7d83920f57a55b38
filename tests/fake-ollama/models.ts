import { createHash } from "node:crypto";
import type { FakeModel } from "./types";

/** Stable sha256-shaped digest so tests can pin "which weights answered" without real files. */
function digestFor(name: string): string {
  return createHash("sha256").update(`fake-ollama:${name}`).digest("hex");
}

/** Ollama treats a name without a tag as `:latest`; lookups must do the same. */
export function normalizeModelName(name: string): string {
  const lastSegment = name.slice(name.lastIndexOf("/") + 1);
  return lastSegment.includes(":") ? name : `${name}:latest`;
}

export function findModel(models: readonly FakeModel[], name: string): FakeModel | undefined {
  const wanted = normalizeModelName(name);
  return models.find((model) => normalizeModelName(model.name) === wanted);
}

export function fakeChatModel(name: string, overrides: Partial<FakeModel> = {}): FakeModel {
  return {
    name: normalizeModelName(name),
    kind: "chat",
    architecture: "llama",
    family: "llama",
    contextLength: 131072,
    embeddingLength: 4096,
    parameterSize: "8.0B",
    quantizationLevel: "Q4_K_M",
    sizeBytes: 4_920_753_328,
    digest: digestFor(name),
    ...overrides,
  };
}

export function fakeEmbeddingModel(name: string, overrides: Partial<FakeModel> = {}): FakeModel {
  return {
    name: normalizeModelName(name),
    kind: "embedding",
    architecture: "nomic-bert",
    family: "nomic-bert",
    contextLength: 2048,
    embeddingLength: 768,
    parameterSize: "137M",
    quantizationLevel: "F16",
    sizeBytes: 274_302_450,
    digest: digestFor(name),
    ...overrides,
  };
}

/** Quire's default models, with the digests the real registry publishes for them. */
export function defaultModels(): FakeModel[] {
  return [
    fakeChatModel("llama3.1:8b", {
      digest: "46e0c10c039e019119339687c3c1757cc81b9da49709a3b3924863ba87ca666e",
    }),
    fakeEmbeddingModel("nomic-embed-text", {
      digest: "0a109f422b47e3a30ba2b10eca18548e944e8a23073ee3f3e947efcf3c45e59f",
    }),
  ];
}

export function capabilitiesOf(model: FakeModel): string[] {
  return model.kind === "chat" ? ["completion"] : ["embedding"];
}

export function embeddingLengthOf(model: FakeModel, dimensionOverride: number | null): number {
  return model.kind === "embedding" && dimensionOverride !== null ? dimensionOverride : model.embeddingLength;
}
