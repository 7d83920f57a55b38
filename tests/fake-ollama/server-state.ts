import type { FakeOllamaCounters, FakeOllamaKnobs, LoggedRequest } from "./types";

/** Everything the request handlers read and update; one instance per fake server. */
export interface ServerState {
  knobs: FakeOllamaKnobs;
  counters: FakeOllamaCounters;
  requests: LoggedRequest[];
  /** Models used since start, with the time they were last used, as /api/ps reports them. */
  loadedModels: Map<string, number>;
}

export function emptyCounters(): FakeOllamaCounters {
  return {
    embedCalls: 0,
    embedBatchSizes: [],
    chatCalls: 0,
    completedStreams: 0,
    abortedStreams: 0,
    droppedStreams: 0,
    truncatedPrompts: 0,
    inFlight: 0,
    maxInFlight: 0,
  };
}
