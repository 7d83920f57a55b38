import { readScopeOf } from "@/lib/access/read-scope";
import { readDocumentPage } from "@/lib/documents/read-document-page";
import { handleRoute } from "@/lib/http/handle-route";
import { documentPageParamsSchema } from "./schema";

export const dynamic = "force-dynamic";

/** The stored text and blocks of one page, for the viewer's highlight and its rendered view. */
export const GET = handleRoute(
  { scope: "read", params: documentPageParamsSchema },
  ({ services, params, principal }) =>
    Response.json(readDocumentPage(services, readScopeOf(principal), params.id, params.page), {
      headers: { "cache-control": "private, no-store" },
    }),
);
