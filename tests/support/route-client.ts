import { POST as ask } from "@/app/api/ask/route";
import { GET as getDocumentFile } from "@/app/api/documents/[id]/file/route";
import {
  DELETE as deleteDocument,
  GET as getDocument,
  PATCH as patchDocument,
} from "@/app/api/documents/[id]/route";
import { GET as listDocuments, POST as uploadDocuments } from "@/app/api/documents/route";
import { GET as health } from "@/app/api/health/route";
import { GET as search } from "@/app/api/search/route";
import { getDefaultIdentity, requestAs, TEST_ORIGIN, type TestIdentity } from "./test-identity";

const BASE = TEST_ORIGIN;

function withId(id: string) {
  return { params: Promise.resolve({ id }) };
}

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

/**
 * Calls the real route handlers in-process with real Request objects, as `identity` (by
 * default whatever the harness set: its admin's session, with a same-origin Origin header).
 */
export function apiAs(identity?: TestIdentity) {
  const as = () => identity ?? getDefaultIdentity();
  const request = (path: string, init?: RequestInit) => requestAs(as(), `${BASE}${path}`, init);
  return {
    health: () => health(request("/api/health")),
    /** Uploads into the default collection, or the one named (by name or id) in `collection`. */
    upload: (files: UploadFile[], options: { collection?: string } = {}) => {
      const form = new FormData();
      for (const file of files) {
        form.append("file", new File([Buffer.from(file.bytes)], file.name, { type: file.type ?? "" }));
      }
      if (options.collection !== undefined) form.append("collection", options.collection);
      return uploadDocuments(request("/api/documents", { method: "POST", body: form }));
    },
    uploadRaw: (init: RequestInit) => uploadDocuments(request("/api/documents", { method: "POST", ...init })),
    list: () => listDocuments(request("/api/documents")),
    get: (id: string) => getDocument(request(`/api/documents/${id}`), withId(id)),
    file: (id: string) => getDocumentFile(request(`/api/documents/${id}/file`), withId(id)),
    patch: (id: string, body: unknown) =>
      patchDocument(
        request(`/api/documents/${id}`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        withId(id),
      ),
    remove: (id: string) => deleteDocument(request(`/api/documents/${id}`, { method: "DELETE" }), withId(id)),
    search: (q: string, k?: number) =>
      search(request(`/api/search?${new URLSearchParams({ q, ...(k ? { k: String(k) } : {}) })}`)),
    ask: (body: unknown, init: RequestInit = {}) =>
      ask(
        request("/api/ask", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: typeof body === "string" ? body : JSON.stringify(body),
          ...init,
        }),
      ),
  };
}

export const api = apiAs();
