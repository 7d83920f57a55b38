"use client";

/** Everything pdf.js fetches comes from Quire's own origin (app/api/pdfjs): no CDN, works offline. */
const ASSETS = "/api/pdfjs";

type Pdfjs = typeof import("pdfjs-dist");

let loading: Promise<Pdfjs> | null = null;

/** pdf.js is large, so it is loaded only when a PDF is first shown, and once. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import("pdfjs-dist").then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = `${ASSETS}/pdf.worker.min.mjs`;
    return pdfjs;
  });
  return loading;
}

export const PDFJS_DOCUMENT_OPTIONS = {
  cMapUrl: `${ASSETS}/cmaps/`,
  standardFontDataUrl: `${ASSETS}/standard_fonts/`,
  wasmUrl: `${ASSETS}/wasm/`,
  iccUrl: `${ASSETS}/iccs/`,
} as const;
