export { composeReply, GENERIC_REPLY, NO_ANSWER_REPLY } from "./compose-reply";
export { hashEmbedding } from "./hash-embedding";
export { defaultKnobs } from "./knobs";
export { defaultModels, fakeChatModel, fakeEmbeddingModel, normalizeModelName } from "./models";
export { startFakeOllama } from "./start-fake-ollama";
export type {
  FailNextKnob,
  FakeModel,
  FakeModelKind,
  FakeOllama,
  FakeOllamaCounters,
  FakeOllamaKnobs,
  GarbageMode,
  LoggedRequest,
  StartFakeOllamaOptions,
} from "./types";
export { waitUntil } from "./wait-until";
