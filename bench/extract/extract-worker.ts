/**
 * Worker-thread entry: extracts PDFs with Quire's own extractor. Reading the file is part
 * of the job, as it is for pdftotext, so both sides pay for their input.
 */
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { extractPdf } from "@/ingest/extract/extract-pdf";
import type { ExtractReply, ExtractRequest } from "./extract-messages";

async function extract(request: ExtractRequest): Promise<ExtractReply> {
  try {
    const document = await extractPdf(new Uint8Array(await readFile(request.file)));
    const characters = document.pages
      .flatMap((page) => page.blocks)
      .reduce((sum, block) => sum + block.text.length, 0);
    // Pages without a text layer go through OCR, which pdftotext never does: counted so it shows.
    const ocrPages = document.pages.filter((page) => page.ocr === true).length;
    return { id: request.id, ok: true, pages: document.pages.length, characters, ocrPages };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (!port) throw new Error("extract-worker.ts must run in a worker thread");
port.on("message", (request: ExtractRequest) => {
  void extract(request).then((reply) => port.postMessage(reply));
});
