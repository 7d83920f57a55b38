import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { GreyImage } from "@/ingest/extract/ocr/ocr-engine";
import { tesseractLanguagePath } from "@/ingest/extract/ocr/tesseract-assets";
import { createTesseractEngine, type TesseractWorker } from "@/ingest/extract/ocr/tesseract-engine";

const IMAGE: GreyImage = { width: 2, height: 1, pixels: Uint8Array.from([0, 255]), dpi: 300 };
const PAGE = {
  confidence: 91,
  blocks: [
    {
      paragraphs: [{ lines: [{ bbox: { y0: 1, y1: 9 }, words: [{ text: "Sterile", confidence: 91 }] }] }],
    },
  ],
} as unknown as Awaited<ReturnType<TesseractWorker["recognize"]>>["data"];

function fakeWorkers(options: { hang?: boolean } = {}) {
  const workers: { recognize: ReturnType<typeof vi.fn>; terminate: ReturnType<typeof vi.fn> }[] = [];
  const startWorker = vi.fn(async (): Promise<TesseractWorker> => {
    const worker = {
      recognize: vi.fn(
        (): Promise<{ data: typeof PAGE }> =>
          options.hang ? new Promise(() => undefined) : Promise.resolve({ data: PAGE }),
      ),
      terminate: vi.fn(async () => undefined),
    };
    workers.push(worker);
    return worker;
  });
  return { startWorker, workers };
}

const signal = () => new AbortController().signal;

describe("createTesseractEngine", () => {
  it("starts no worker until a page needs reading, then reuses one for every page", async () => {
    const { startWorker, workers } = fakeWorkers();
    const engine = createTesseractEngine(startWorker);
    expect(startWorker).not.toHaveBeenCalled();
    await engine.recognize(IMAGE, { signal: signal() });
    const result = await engine.recognize(IMAGE, { signal: signal() });
    expect(startWorker).toHaveBeenCalledTimes(1);
    expect(result.blocks[0]?.paragraphs[0]?.lines[0]).toEqual({
      words: [{ text: "Sterile", confidence: 91 }],
      top: 1,
      bottom: 9,
    });
    await engine.close();
    expect(workers[0]?.terminate).toHaveBeenCalledTimes(1);
  });

  it("hands tesseract a PGM image and the resolution it was rendered at", async () => {
    const { startWorker, workers } = fakeWorkers();
    const engine = createTesseractEngine(startWorker);
    await engine.recognize(IMAGE, { signal: signal() });
    const [image, parameters, output] = workers[0]?.recognize.mock.calls[0] ?? [];
    expect((image as Buffer).subarray(0, 2).toString("ascii")).toBe("P5");
    expect(parameters).toEqual({ user_defined_dpi: "300" });
    expect(output).toEqual({ blocks: true });
    await engine.close();
  });

  it("closes without starting anything when no page needed OCR", async () => {
    const { startWorker } = fakeWorkers();
    await createTesseractEngine(startWorker).close();
    expect(startWorker).not.toHaveBeenCalled();
  });

  it("ends a worker stuck on a page when time runs out, and starts a fresh one for the next", async () => {
    const { startWorker, workers } = fakeWorkers({ hang: true });
    const engine = createTesseractEngine(startWorker);
    const controller = new AbortController();
    const reading = engine.recognize(IMAGE, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("page time is up")), 10);
    await expect(reading).rejects.toThrow("page time is up");
    await vi.waitFor(() => expect(workers[0]?.terminate).toHaveBeenCalled());
    engine.recognize(IMAGE, { signal: AbortSignal.timeout(10) }).catch(() => undefined);
    expect(startWorker).toHaveBeenCalledTimes(2);
    await engine.close();
  });

  it("tries to start again after a failed start", async () => {
    const startWorker = vi
      .fn<() => Promise<TesseractWorker>>()
      .mockRejectedValueOnce(new Error("no wasm"))
      .mockImplementation(fakeWorkers().startWorker);
    const engine = createTesseractEngine(startWorker);
    await expect(engine.recognize(IMAGE, { signal: signal() })).rejects.toThrow("no wasm");
    await expect(engine.recognize(IMAGE, { signal: signal() })).resolves.toMatchObject({ confidence: 91 });
    await engine.close();
  });
});

describe("tesseractLanguagePath", () => {
  it("is a local folder holding the gzipped English model, not a URL", () => {
    const folder = tesseractLanguagePath();
    expect(path.isAbsolute(folder)).toBe(true);
    expect(fs.existsSync(path.join(folder, "eng.traineddata.gz"))).toBe(true);
  });
});
