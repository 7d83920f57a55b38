import { POST as cancelDocument } from "@/app/api/documents/[id]/cancel/route";
import { POST as retryDocument } from "@/app/api/documents/[id]/retry/route";
import { GET as queueStatus } from "@/app/api/queue/route";
import { getDefaultIdentity, requestAs, TEST_ORIGIN, type TestIdentity } from "./test-identity";

const BASE = TEST_ORIGIN;

function withId(id: string) {
  return { params: Promise.resolve({ id }) };
}

/** The queue routes, called in-process with real Request objects (see route-client.ts). */
export function queueApiAs(identity?: TestIdentity) {
  const request = (path: string, init?: RequestInit) =>
    requestAs(identity ?? getDefaultIdentity(), `${BASE}${path}`, init);
  return {
    cancel: (id: string) =>
      cancelDocument(request(`/api/documents/${id}/cancel`, { method: "POST" }), withId(id)),
    retry: (id: string) =>
      retryDocument(request(`/api/documents/${id}/retry`, { method: "POST" }), withId(id)),
    status: () => queueStatus(request("/api/queue")),
  };
}

export const queueApi = queueApiAs();
