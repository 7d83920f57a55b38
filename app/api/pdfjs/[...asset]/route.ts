import { handleRoute } from "@/lib/http/handle-route";
import { readPdfjsAsset } from "./read-pdfjs-asset";
import { pdfjsAssetParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

/**
 * pdf.js's worker, fonts and decoders from Quire's own origin, so the document viewer needs no
 * CDN and works air-gapped. Behind sign-in like everything else; the worker sends the session
 * cookie with its same-origin fetches.
 */
export const GET = handleRoute({ scope: "read", params: pdfjsAssetParamsSchema }, async ({ params }) => {
  const asset = await readPdfjsAsset(params.asset);
  return new Response(new Uint8Array(asset.bytes), {
    headers: {
      "content-type": asset.type,
      "content-length": String(asset.bytes.byteLength),
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=3600",
    },
  });
});
