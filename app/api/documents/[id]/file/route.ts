import { readOriginalFile } from "@/lib/documents/read-original-file";
import { handleRoute } from "@/lib/http/handle-route";
import { documentIdParamsSchema } from "../../schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute({ params: documentIdParamsSchema }, async ({ services, params }) => {
  const file = await readOriginalFile(services, params.id);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type":
        file.mimeType === "application/pdf" ? "application/pdf" : `${file.mimeType}; charset=utf-8`,
      "content-length": String(file.bytes.byteLength),
      // Inline so the browser's viewer opens it (and honours #page=N); the name is encoded, never trusted raw.
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
