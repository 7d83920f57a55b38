/**
 * An extraction thread for tests: files whose text starts with a marker misbehave the way
 * hostile uploads do; every other file goes to the real readers.
 *   HANG  - never finishes (an endless content stream)
 *   BOMB  - allocates without bound (a decompression bomb)
 *   CRASH - kills the thread with an uncaught error
 */
import { parentPort } from "node:worker_threads";
import { extractDocument } from "@/ingest/extract/extract-document";
import { serveExtractions } from "@/ingest/threads/serve-extractions";

function startsWith(bytes: Uint8Array, marker: string): boolean {
  return new TextDecoder().decode(bytes.subarray(0, marker.length)) === marker;
}

serveExtractions(parentPort, async (bytes, mimeType, options) => {
  if (startsWith(bytes, "HANG")) {
    // Busy, not merely pending: a runaway reader never yields to a timer in its own thread.
    for (;;) Math.sqrt(Math.random());
  }
  if (startsWith(bytes, "BOMB")) {
    // Many small objects, as a reader's text items pile up. (One giant array can make V8 abort
    // the whole process instead of stopping the thread: nodejs/node#47224.)
    const hoard: string[][] = [];
    for (;;) hoard.push(Array.from({ length: 1000 }, (_, i) => `expanded text ${i} ${hoard.length}`));
  }
  if (startsWith(bytes, "CRASH")) {
    setImmediate(() => {
      throw new Error("reader bug");
    });
    return new Promise(() => undefined);
  }
  return extractDocument(bytes, mimeType, options);
});
