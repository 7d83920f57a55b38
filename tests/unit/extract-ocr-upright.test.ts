import { describe, expect, it } from "vitest";
import type { GreyImage, OcrEngine, Recognition } from "@/ingest/extract/ocr/ocr-engine";
import { recognizeUpright } from "@/ingest/extract/ocr/recognize-upright";
import { rotateGrey } from "@/ingest/extract/ocr/rotate-grey";

/** A 4x4 page whose only dark 2x2 block (kept when halved) marks its top-left corner when upright. */
function pageTurnedBy(turn: 0 | 90 | 180 | 270): GreyImage {
  const pixels = new Uint8Array(16).fill(255);
  for (const index of [0, 1, 4, 5]) pixels[index] = 0;
  return rotateGrey({ width: 4, height: 4, pixels, dpi: 300 }, turn);
}

function reading(confidence: number, words = 20): Recognition {
  const line = {
    words: Array.from({ length: words }, () => ({ text: "word", confidence })),
    top: 0,
    bottom: 10,
  };
  return { blocks: [{ paragraphs: [{ lines: [line] }] }], confidence };
}

/** Reads well only when the marker is top-left; records the resolution of every call. */
function orientationEngine(options: { hangAfter?: number } = {}) {
  const calls: number[] = [];
  const engine: OcrEngine = {
    async recognize(image, { signal }) {
      calls.push(image.dpi);
      if (options.hangAfter !== undefined && calls.length > options.hangAfter) {
        return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
      }
      return (image.pixels[0] ?? 255) < 128 ? reading(90) : reading(35);
    },
  };
  return { engine, calls };
}

const signal = () => new AbortController().signal;

describe("recognizeUpright", () => {
  it("reads an upright page once", async () => {
    const { engine, calls } = orientationEngine();
    expect((await recognizeUpright(engine, pageTurnedBy(0), signal())).confidence).toBe(90);
    expect(calls).toEqual([300]);
  });

  it.each([90, 180, 270] as const)("finds a page turned by %i degrees and reads it in full", async (turn) => {
    const { engine, calls } = orientationEngine();
    const result = await recognizeUpright(engine, pageTurnedBy(turn), signal());
    expect(result.confidence).toBe(90);
    // One full reading upright, half-resolution probes until the right turn, one full reading of it.
    expect(calls[0]).toBe(300);
    expect(calls.at(-1)).toBe(300);
    expect(calls.slice(1, -1).every((dpi) => dpi === 150)).toBe(true);
  });

  it("keeps a poor upright reading when no turn reads better", async () => {
    const { engine, calls } = orientationEngine();
    const upright = pageTurnedBy(0);
    // Without its corner mark the page reads at 35 whichever way it is turned.
    const blurred = { ...upright, pixels: upright.pixels.map(() => 255) };
    expect((await recognizeUpright(engine, blurred, signal())).confidence).toBe(35);
    expect(calls).toEqual([300, 150, 150, 150]);
  });

  it("does not try turns on a page with no words", async () => {
    const calls: number[] = [];
    const engine: OcrEngine = {
      async recognize(image) {
        calls.push(image.dpi);
        return { blocks: [], confidence: 0 };
      },
    };
    await recognizeUpright(engine, pageTurnedBy(90), signal());
    expect(calls).toEqual([300]);
  });

  it("keeps the upright reading when the page's time runs out during the turns", async () => {
    const { engine } = orientationEngine({ hangAfter: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("time is up")), 20);
    expect((await recognizeUpright(engine, pageTurnedBy(90), controller.signal)).confidence).toBe(35);
  });
});
