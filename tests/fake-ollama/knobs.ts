import { defaultModels } from "./models";
import type { FakeOllamaKnobs } from "./types";

export function defaultKnobs(): FakeOllamaKnobs {
  return {
    latencyMs: 0,
    tokenDelayMs: 0,
    failNext: null,
    dropStreamAfterTokens: null,
    streamError: null,
    models: defaultModels(),
    embedDimension: null,
    similarityFloor: 0.35,
    reply: null,
    garbage: false,
    appendSentence: null,
    version: "0.12.6",
  };
}

/** Fresh knobs from defaults plus overrides; arrays are copied so tests cannot alias them. */
export function initialKnobs(overrides: Partial<FakeOllamaKnobs> = {}): FakeOllamaKnobs {
  const knobs = { ...defaultKnobs(), ...overrides };
  return { ...knobs, models: knobs.models.map((model) => ({ ...model })) };
}
