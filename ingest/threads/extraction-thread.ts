import { Worker } from "node:worker_threads";
import type { ExtractedDocument } from "@/lib/domain/types";
import { ocrDeadline } from "../extract/ocr/ocr-limits";
import {
  extractionOutOfMemory,
  extractionThreadCrashed,
  extractionThreadUnavailable,
  extractionTimedOut,
} from "./extraction-limit-errors";
import { threadExecArgv } from "./thread-exec-argv";
import { deserializeError, type ExtractTask, isThreadMessage, type ThreadMessage } from "./thread-protocol";

export interface ExtractionThreadOptions {
  module: URL;
  memoryMb: number;
  startupTimeoutMs: number;
}

interface PendingTask {
  taskId: number;
  resolve: (document: ExtractedDocument) => void;
  reject: (error: unknown) => void;
}

/**
 * One worker thread running extraction tasks one at a time. The thread is the unit of
 * containment: a task past its time limit, an aborted task, or a thread past its heap limit
 * ends with the thread terminated, and the pool starts a fresh one. Termination loses the whole
 * file, so OCR, the one stage whose cost grows with the pages a file shows rather than the text
 * it holds, is told to stop well before the limit and keep what it read.
 */
export class ExtractionThread {
  readonly #worker: Worker;
  readonly #memoryMb: number;
  readonly #ready: Promise<void>;
  #pending: PendingTask | null = null;
  #nextTaskId = 1;
  #alive = true;
  /** Set by an `error` event, which arrives before `exit`; explains the exit to the pending task. */
  #crash: unknown = null;

  constructor(options: ExtractionThreadOptions) {
    this.#memoryMb = options.memoryMb;
    this.#worker = new Worker(options.module, {
      execArgv: threadExecArgv(options.module),
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
    this.#ready = this.#waitUntilReady(options.startupTimeoutMs);
    this.#worker.on("message", (message: unknown) => this.#onMessage(message));
    this.#worker.on("error", (error) => {
      this.#crash ??= error;
    });
    this.#worker.on("exit", (code) => this.#onExit(code));
  }

  /** False once terminated or crashed; such a thread is never given another task. */
  get alive(): boolean {
    return this.#alive;
  }

  /** Resolves once the thread has loaded its readers; rejects (retryably) if it cannot start. */
  ready(): Promise<void> {
    return this.#ready;
  }

  run(
    bytes: Uint8Array,
    mimeType: string,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<ExtractedDocument> {
    if (!this.#alive) return Promise.reject(extractionThreadUnavailable("thread already stopped"));
    if (this.#pending) return Promise.reject(new Error("ExtractionThread runs one task at a time"));
    signal?.throwIfAborted();
    const taskId = this.#nextTaskId++;
    const deadline = ocrDeadline(Date.now(), timeoutMs);
    return new Promise<ExtractedDocument>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#stop(extractionTimedOut(timeoutMs));
      }, timeoutMs);
      const onAbort = () => this.#stop(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        this.#pending = null;
      };
      this.#pending = {
        taskId,
        resolve: (document) => {
          settle();
          resolve(document);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      // A private copy is transferred (not cloned): no second copy of a large file, and the
      // caller's bytes stay intact.
      const copy = bytes.slice();
      const task: ExtractTask = { type: "extract", taskId, bytes: copy, mimeType, ocrDeadline: deadline };
      this.#worker.postMessage(task, [copy.buffer]);
    });
  }

  terminate(): Promise<void> {
    this.#alive = false;
    return this.#worker.terminate().then(() => undefined);
  }

  #waitUntilReady(timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        void this.terminate();
        reject(extractionThreadUnavailable(`no ready message within ${timeoutMs} ms`));
      }, timeoutMs);
      const onMessage = (message: unknown) => {
        if (!isThreadMessage(message) || message.type !== "ready") return;
        done();
        resolve();
      };
      const onExit = (code: number) => {
        done();
        reject(
          extractionThreadUnavailable(`exited with code ${code} while starting: ${String(this.#crash)}`),
        );
      };
      const done = () => {
        clearTimeout(timer);
        this.#worker.off("message", onMessage);
        this.#worker.off("exit", onExit);
      };
      this.#worker.on("message", onMessage);
      this.#worker.on("exit", onExit);
    });
  }

  #onMessage(message: unknown): void {
    if (!isThreadMessage(message) || message.type === "ready") return;
    const pending = this.#pending;
    if (!pending || pending.taskId !== (message as Exclude<ThreadMessage, { type: "ready" }>).taskId) return;
    if (message.type === "done") pending.resolve(message.document);
    else pending.reject(deserializeError(message.error));
  }

  /** Ends the current task with `error` and the thread with it: nothing else stops a runaway reader. */
  #stop(error: unknown): void {
    const pending = this.#pending;
    void this.terminate();
    pending?.reject(error);
  }

  #onExit(code: number): void {
    this.#alive = false;
    const pending = this.#pending;
    if (!pending) return;
    const crash = this.#crash as { code?: unknown } | null;
    if (crash?.code === "ERR_WORKER_OUT_OF_MEMORY") pending.reject(extractionOutOfMemory(this.#memoryMb));
    else pending.reject(extractionThreadCrashed(crash ? String(crash) : `exit code ${code}`));
  }
}
