import { readScopeOf } from "@/lib/access/read-scope";
import { readOriginalFile } from "@/lib/documents/read-original-file";
import { handleRoute } from "@/lib/http/handle-route";
import { documentIdParamsSchema } from "../../schema";

export const dynamic = "force-dynamic";

/** Types the browser may show inline: PDFs open in its viewer (honouring #page=N), text shows as text. */
const INLINE_AS: Record<string, string> = {
  "application/pdf": "application/pdf",
  "text/plain": "text/plain",
  "text/markdown": "text/plain",
  "text/csv": "text/plain",
};

export const GET = handleRoute(
  { scope: "read", params: documentIdParamsSchema },
  async ({ services, params, principal }) => {
    const file = await readOriginalFile(services, readScopeOf(principal), params.id);
    const inlineType = INLINE_AS[file.mimeType];
    // Everything else (HTML, e-mail, office files) is downloaded, never rendered on Quire's
    // origin, so an uploaded page cannot run script in a user's session.
    const disposition = inlineType ? "inline" : "attachment";
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "content-type": inlineType ?? "application/octet-stream",
        "content-length": String(file.bytes.byteLength),
        "content-disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "x-content-type-options": "nosniff",
        ...(file.mimeType === "application/pdf"
          ? {}
          : { "content-security-policy": "sandbox; default-src 'none'" }),
        "cache-control": "private, no-store",
      },
    });
  },
);
