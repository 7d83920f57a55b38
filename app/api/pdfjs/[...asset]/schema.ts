import { z } from "zod";

/**
 * The only files served: pdf.js's worker and the data folders its renderer fetches (fonts,
 * CMaps, ICC profiles, wasm decoders). One plain file name per folder, so no path can climb out.
 */
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const DATA_FOLDERS = ["standard_fonts", "cmaps", "iccs", "wasm"] as const;

export const pdfjsAssetParamsSchema = z.object({
  asset: z
    .array(z.string())
    .refine(
      (parts) =>
        (parts.length === 1 && parts[0] === "pdf.worker.min.mjs") ||
        (parts.length === 2 &&
          DATA_FOLDERS.some((folder) => folder === parts[0]) &&
          FILE_NAME.test(parts[1] ?? "")),
      "not a pdf.js asset",
    ),
});
