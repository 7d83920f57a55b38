import { readScopeOf } from "@/lib/access/read-scope";
import { handleRoute } from "@/lib/http/handle-route";
import { presentSearchResults } from "@/lib/search/present-search-results";
import { searchChunks } from "@/lib/search/search-chunks";
import { searchQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handleRoute(
  { scope: "read", query: searchQuerySchema },
  async ({ services, query, request, principal }) => {
    const result = await searchChunks(services, readScopeOf(principal), {
      query: query.q,
      k: query.k,
      signal: request.signal,
    });
    return Response.json(presentSearchResults(result, query.q), { headers: { "cache-control": "no-store" } });
  },
);
