import { POST as cancelDocument } from "@/app/api/documents/[id]/cancel/route";
import { POST as retryDocument } from "@/app/api/documents/[id]/retry/route";
import { GET as queueStatus } from "@/app/api/queue/route";

const BASE = "http://quire.test";

function withId(id: string) {
  return { params: Promise.resolve({ id }) };
}

/** The queue routes, called in-process with real Request objects (see route-client.ts). */
export const queueApi = {
  cancel: (id: string) =>
    cancelDocument(new Request(`${BASE}/api/documents/${id}/cancel`, { method: "POST" }), withId(id)),
  retry: (id: string) =>
    retryDocument(new Request(`${BASE}/api/documents/${id}/retry`, { method: "POST" }), withId(id)),
  status: () => queueStatus(new Request(`${BASE}/api/queue`)),
};
