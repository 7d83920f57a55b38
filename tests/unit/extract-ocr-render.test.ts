import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "@/ingest/extract/pdf/read-pdf";
import type { RenderedPage, RenderOptions } from "@/ingest/extract/pdf/render-page";
import { makePdf } from "../support/make-pdf";
import { makeScannedPdf } from "../support/make-scanned-pdf";

const PDFJS_CORPUS = path.resolve("../shared/corpus/pdfjs");

/** Renders page 1 the way the OCR pass does, through readPdf's after-text hook. */
async function renderFirstPage(
  bytes: Uint8Array,
  options: Partial<RenderOptions> = {},
): Promise<RenderedPage> {
  let rendered: RenderedPage | undefined;
  await readPdf(
    bytes,
    () => undefined,
    async (renderer) => {
      rendered = await renderer.render(1, {
        dpi: 100,
        maxSidePx: 4000,
        signal: new AbortController().signal,
        ...options,
      });
    },
  );
  if (!rendered) throw new Error("page 1 was not rendered");
  return rendered;
}

describe("rendering pages for OCR", () => {
  it("renders a scanned page to greyscale and sees an image without text", async () => {
    const page = await renderFirstPage(await makeScannedPdf([{ lines: ["STERILISATION"] }]));
    expect(page.image).toMatchObject({ width: 850, height: 1100, dpi: 100 });
    expect(page.image.pixels).toHaveLength(850 * 1100);
    expect(page.inkPixels).toBeGreaterThan(1000);
    expect(page.marks).toEqual({ graphics: true, text: false });
  });

  it("sees text-showing operators on a page with a text layer", async () => {
    const page = await renderFirstPage(await makePdf([{ lines: ["Wash hands."] }]));
    expect(page.marks.text).toBe(true);
    expect(page.inkPixels).toBeGreaterThan(0);
  });

  it("keeps a huge page within the pixel cap", async () => {
    const page = await renderFirstPage(await makeScannedPdf([{ lines: ["x"] }]), {
      dpi: 300,
      maxSidePx: 500,
    });
    expect(Math.max(page.image.width, page.image.height)).toBe(500);
    expect(page.image.dpi).toBeLessThan(300);
  });

  it("stops when the page's time is already up", async () => {
    await expect(
      renderFirstPage(await makeScannedPdf([{ lines: ["x"] }]), {
        signal: AbortSignal.abort(new Error("late")),
      }),
    ).rejects.toThrow("late");
  });

  it.skipIf(!fs.existsSync(PDFJS_CORPUS)).each(["jbig2_symbol_offset.pdf", "jpx_smaskindata.pdf"])(
    "decodes the JBIG2 and JPEG 2000 images of %s with pdf.js's bundled decoders",
    async (file) => {
      const page = await renderFirstPage(new Uint8Array(fs.readFileSync(path.join(PDFJS_CORPUS, file))));
      expect(page.inkPixels).toBeGreaterThan(500);
    },
  );
});
