/**
 * A promise that rejects with the signal's reason once it is aborted and never settles
 * otherwise. Racing work against it stops the wait, not the work: callers must also stop
 * whatever keeps running (a tesseract worker, a pdf.js render task).
 */
export function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/** Races `work` against the signal, so an abort rejects at once even if `work` hangs. */
export function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([work, whenAborted(signal)]);
}
