import { listChunksNeedingEmbedding } from "@/db/queries/chunks";
import { getDocument } from "@/db/queries/documents";
import type { ChunkRow } from "@/db/schema";
import { readEmbeddingState } from "@/lib/embeddings/embedding-state";
import { isAppError } from "@/lib/errors/app-error";
import { type EmbedDeps, embedChunkBatch, embeddingBlockedReason } from "../embed/embed-pending-chunks";

export interface EmbedSchedulerOptions {
  /** Texts per call to the model host. */
  batchSize: number;
  /** Calls in flight at once, so the host is never idle while a batch is being stored. */
  maxInFlight: number;
  /** After a failed call, how long documents reaching the embed stage skip embedding. */
  pauseAfterFailureMs: number;
}

/** "deferred": the host failed or the index needs a re-embed; the chunks stay keyword-searchable. */
export type EmbedWaitOutcome = "embedded" | "deferred";

export interface DocumentEmbedder {
  waitForDocument(
    documentId: string,
    options: { signal?: AbortSignal; onProgress?: (embedded: number, total: number) => void },
  ): Promise<EmbedWaitOutcome>;
  /** Resolves once no call in flight carries chunks of the document. */
  settle(documentId: string): Promise<void>;
}

type PendingChunk = ChunkRow & { title: string };

interface Waiter {
  onProgress?: (embedded: number, total: number) => void;
  resolve: (outcome: EmbedWaitOutcome) => void;
}

/**
 * Embeds chunks for every job of the worker through one pipeline: batches are filled from
 * the documents waiting, oldest first (so a batch may carry the end of one document and the
 * start of the next), with a bounded number of calls in flight. SQLite stays the source of
 * truth for what is pending; in memory is only which chunks are in flight right now.
 */
export class EmbedScheduler implements DocumentEmbedder {
  readonly #deps: EmbedDeps;
  readonly #options: EmbedSchedulerOptions;
  readonly #waiters = new Map<string, Waiter>();
  readonly #inFlightChunks = new Set<string>();
  readonly #calls = new Map<Promise<void>, ReadonlySet<string>>();
  readonly #shutdown = new AbortController();
  #backfilling = false;
  #pausedUntil = 0;
  #embedded = 0;

  constructor(deps: EmbedDeps, options: EmbedSchedulerOptions) {
    this.#deps = deps;
    this.#options = options;
  }

  waitForDocument(
    documentId: string,
    options: { signal?: AbortSignal; onProgress?: (embedded: number, total: number) => void } = {},
  ): Promise<EmbedWaitOutcome> {
    options.signal?.throwIfAborted();
    if (this.#unavailable()) return Promise.resolve("deferred");
    if (this.#isComplete(documentId)) return Promise.resolve("embedded");
    return new Promise<EmbedWaitOutcome>((resolve, reject) => {
      const onAbort = () => {
        this.#waiters.delete(documentId);
        reject(options.signal?.reason);
      };
      options.signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.set(documentId, {
        onProgress: options.onProgress,
        resolve: (outcome) => {
          options.signal?.removeEventListener("abort", onAbort);
          this.#waiters.delete(documentId);
          resolve(outcome);
        },
      });
      this.#pump();
    });
  }

  async settle(documentId: string): Promise<void> {
    const carrying = [...this.#calls].filter(([, documents]) => documents.has(documentId));
    await Promise.all(carrying.map(([call]) => call));
  }

  /** Embeds whatever any document still lacks (model host was down, re-embed); returns how many. */
  async backfill(): Promise<number> {
    this.#pausedUntil = 0;
    if (embeddingBlockedReason(this.#deps)) return 0;
    const before = this.#embedded;
    this.#backfilling = true;
    try {
      this.#pump();
      while (this.#calls.size > 0) await Promise.race(this.#calls.keys());
    } finally {
      this.#backfilling = false;
    }
    return this.#embedded - before;
  }

  /** Aborts calls in flight and waits for them; waiting documents are deferred. */
  async close(): Promise<void> {
    this.#shutdown.abort();
    await Promise.all(this.#calls.keys());
    for (const waiter of [...this.#waiters.values()]) waiter.resolve("deferred");
  }

  #unavailable(): boolean {
    return (
      this.#shutdown.signal.aborted ||
      Date.now() < this.#pausedUntil ||
      embeddingBlockedReason(this.#deps) !== undefined
    );
  }

  #isComplete(documentId: string): boolean {
    const document = getDocument(this.#deps.db, documentId);
    return !document || document.embeddedCount >= document.chunkCount;
  }

  /** Until the first vectors fix the index's dimension, one call at a time. */
  #callLimit(): number {
    const state = readEmbeddingState(this.#deps.db, this.#deps.llm.embedModel);
    return state.indexedModel === null ? 1 : Math.max(1, this.#options.maxInFlight);
  }

  #pump(): void {
    if (this.#unavailable()) return;
    const limit = this.#callLimit();
    while (this.#calls.size < limit) {
      const batch = this.#nextBatch();
      if (batch.length === 0) break;
      this.#startCall(batch);
    }
    if (this.#calls.size === 0) this.#releaseStuckWaiters();
  }

  #nextBatch(): PendingChunk[] {
    const { db, llm } = this.#deps;
    const size = this.#options.batchSize;
    const picked: PendingChunk[] = [];
    const take = (rows: PendingChunk[]) => {
      for (const row of rows) {
        if (picked.length >= size) return;
        if (this.#inFlightChunks.has(row.id) || picked.some((chunk) => chunk.id === row.id)) continue;
        picked.push(row);
      }
    };
    for (const documentId of this.#waiters.keys()) {
      if (picked.length >= size) break;
      take(listChunksNeedingEmbedding(db, llm.embedModel, size + this.#inFlightChunks.size, documentId));
    }
    if (this.#backfilling && picked.length < size) {
      take(listChunksNeedingEmbedding(db, llm.embedModel, 2 * size + this.#inFlightChunks.size));
    }
    return picked;
  }

  #startCall(batch: PendingChunk[]): void {
    for (const chunk of batch) this.#inFlightChunks.add(chunk.id);
    const documents = new Set(batch.map((chunk) => chunk.documentId));
    const call = embedChunkBatch(this.#deps, batch, this.#shutdown.signal)
      .then(
        (outcome) => {
          this.#embedded += outcome.embedded;
        },
        (error: unknown) => this.#onCallFailed(error),
      )
      .finally(() => {
        for (const chunk of batch) this.#inFlightChunks.delete(chunk.id);
        this.#calls.delete(call);
        this.#reportProgress(documents);
        this.#pump();
      });
    this.#calls.set(call, documents);
  }

  #onCallFailed(error: unknown): void {
    if (this.#shutdown.signal.aborted) return;
    // The model host being down must not cost anyone their document: it is already
    // keyword-searchable, and a later backfill adds the vectors.
    this.#pausedUntil = Date.now() + this.#options.pauseAfterFailureMs;
    const reason = isAppError(error) ? error.userMessage : String(error);
    for (const [documentId, waiter] of [...this.#waiters]) {
      console.warn(`[quire-worker] embeddings for ${documentId} deferred: ${reason}`);
      waiter.resolve("deferred");
    }
  }

  #reportProgress(documentIds: Iterable<string>): void {
    for (const documentId of documentIds) {
      const waiter = this.#waiters.get(documentId);
      if (!waiter) continue;
      const document = getDocument(this.#deps.db, documentId);
      if (!document || document.embeddedCount >= document.chunkCount) {
        waiter.resolve("embedded");
        continue;
      }
      waiter.onProgress?.(document.embeddedCount, document.chunkCount);
    }
  }

  /** Waiters whose remaining chunks cannot be picked (their document failed meanwhile) stop waiting. */
  #releaseStuckWaiters(): void {
    for (const [documentId, waiter] of [...this.#waiters]) {
      waiter.resolve(this.#isComplete(documentId) ? "embedded" : "deferred");
    }
  }
}
