import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { initialKnobs } from "./knobs";
import { handleRequest } from "./router";
import { emptyCounters, type ServerState } from "./server-state";
import type { FakeOllama, StartFakeOllamaOptions } from "./types";

const DEFAULT_HOST = "127.0.0.1";

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function shutDown(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Streams and keep-alive sockets would otherwise keep the host "up".
    server.closeAllConnections();
  });
}

/** Starts a protocol-faithful fake Ollama HTTP server, on 127.0.0.1 unless told otherwise. */
export async function startFakeOllama(options: StartFakeOllamaOptions = {}): Promise<FakeOllama> {
  const state: ServerState = {
    knobs: initialKnobs(options.knobs),
    counters: emptyCounters(),
    requests: [],
    loadedModels: new Map(),
  };
  const newServer = () =>
    createServer((request, response) => {
      void handleRequest(request, response, state);
    });

  let server: Server | null = newServer();
  const host = options.host ?? DEFAULT_HOST;
  const port = await listen(server, options.port ?? 0, host);

  const fake: FakeOllama = {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    knobs: state.knobs,
    requests: state.requests,
    counters: state.counters,
    reset() {
      // In place, so references a test already holds stay live.
      Object.assign(state.knobs, initialKnobs(options.knobs));
      Object.assign(state.counters, emptyCounters());
      state.requests.length = 0;
      state.loadedModels.clear();
    },
    async stop() {
      if (!server) return;
      const stopping = server;
      server = null;
      await shutDown(stopping);
    },
    async start() {
      if (server) return;
      const starting = newServer();
      await listen(starting, port, host);
      server = starting;
    },
    close() {
      return fake.stop();
    },
  };
  return fake;
}
