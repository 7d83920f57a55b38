import { Worker } from "node:worker_threads";
import type { ExtractReply, ExtractRequest } from "./extract-messages";

export interface ExtractPool {
  threads: number;
  /** Resolves with the page count and characters extracted; rejects when extraction failed. */
  extract(file: string): Promise<ExtractedCounts>;
  close(): Promise<void>;
}

export interface ExtractedCounts {
  pages: number;
  characters: number;
  ocrPages: number;
}

interface Pending {
  resolve: (value: ExtractedCounts) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads running extractPdf, one job per thread at a time. The worker is a .ts
 * file: tsx's loader is passed explicitly so it loads however the parent was started.
 */
export function createExtractPool(threads: number): ExtractPool {
  const idle: Worker[] = [];
  const waiting: Array<(worker: Worker) => void> = [];
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL("./extract-worker.ts", import.meta.url), {
      execArgv: ["--import", "tsx"],
    });
    worker.on("message", (reply: ExtractReply) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      release(worker);
      if (!job) return;
      if (reply.ok)
        job.resolve({ pages: reply.pages, characters: reply.characters, ocrPages: reply.ocrPages });
      else job.reject(new Error(reply.error));
    });
    worker.on("error", (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });

  const acquire = () =>
    new Promise<Worker>((resolve) => {
      const worker = idle.pop();
      if (worker) resolve(worker);
      else waiting.push(resolve);
    });

  return {
    threads,
    async extract(file) {
      const worker = await acquire();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, file } satisfies ExtractRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
