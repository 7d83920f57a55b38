import os from "node:os";
import Tesseract from "tesseract.js";
import { unlessAborted } from "./abort-signal";
import { encodePgm } from "./encode-pgm";
import type { OcrEngine } from "./ocr-engine";
import { readTesseractPage } from "./read-tesseract-page";
import { OCR_LANGUAGE, tesseractLanguagePath } from "./tesseract-assets";

/** The part of a tesseract.js worker this engine uses; tests substitute a fake. */
export interface TesseractWorker {
  recognize(
    image: Buffer,
    /** tesseract.js options, or tesseract parameters set for this page only. */
    options: Partial<Tesseract.RecognizeOptions> & Record<string, string>,
    output: Partial<Tesseract.OutputFormats>,
  ): Promise<{ data: Pick<Tesseract.Page, "blocks" | "confidence"> }>;
  terminate(): Promise<unknown>;
}

export type StartTesseractWorker = () => Promise<TesseractWorker>;

export interface TesseractEngine extends OcrEngine {
  close(): Promise<void>;
}

/**
 * OCR with tesseract.js (WebAssembly, in a worker thread). The worker starts on the first page
 * that needs it, since starting takes a second or two, and is then reused for every page until
 * `close`. A page whose time runs out terminates the worker (the only way to stop WebAssembly
 * mid-page); the next page starts a fresh one.
 */
export function createTesseractEngine(
  startWorker: StartTesseractWorker = startTesseractWorker,
): TesseractEngine {
  let worker: Promise<TesseractWorker> | null = null;

  function discardWorker(): Promise<void> {
    const current = worker;
    worker = null;
    // A worker still starting is terminated as soon as it is up.
    return current
      ? current.then(
          (started) => started.terminate().then(() => undefined),
          () => undefined,
        )
      : Promise.resolve();
  }

  return {
    async recognize(image, { signal }) {
      signal.throwIfAborted();
      worker ??= startWorker();
      const current = worker;
      try {
        const ready = await unlessAborted(current, signal);
        // Without it tesseract guesses the resolution from glyph sizes, and warns.
        const parameters = { user_defined_dpi: String(image.dpi) };
        const result = await unlessAborted(
          ready.recognize(encodePgm(image), parameters, { blocks: true }),
          signal,
        );
        return readTesseractPage(result.data);
      } catch (error) {
        if (worker === current && (signal.aborted || (await failedToStart(current)))) {
          // Not awaited: an abort must return now, and a worker that never started has nothing to end.
          discardWorker().catch(() => undefined);
        }
        throw asError(error);
      }
    },
    close: discardWorker,
  };
}

/**
 * Starts a tesseract.js worker that reads only local files: the language data from
 * node_modules (tesseractLanguagePath), the WebAssembly core from tesseract.js-core, and no
 * cache (cacheMethod "none": nothing is read from or written to the working directory).
 */
export async function startTesseractWorker(): Promise<TesseractWorker> {
  const langPath = tesseractLanguagePath();
  // tesseract.js reports a failed start only to errorHandler and otherwise never settles; without
  // an errorHandler any failed job is rethrown where no one can catch it and ends the process.
  let failStart: (error: Error) => void = () => undefined;
  const startFailed = new Promise<never>((_, reject) => {
    failStart = reject;
  });
  const starting = Tesseract.createWorker(OCR_LANGUAGE, Tesseract.OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: "none",
    cachePath: os.tmpdir(),
    logger: () => undefined,
    errorHandler: (error: unknown) => failStart(asError(error)),
  });
  const started = await Promise.race([starting, startFailed]);
  failStart = () => undefined;
  return started;
}

/** Only for a promise already settled: awaiting one still pending would wait for it. */
function failedToStart(worker: Promise<TesseractWorker>): Promise<boolean> {
  return worker.then(
    () => false,
    () => true,
  );
}

/** tesseract.js rejects with bare strings. */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(`tesseract.js: ${String(error)}`);
}
