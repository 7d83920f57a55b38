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

const BASE = "http://quire.test";

function withId(id: string) {
  return { params: Promise.resolve({ id }) };
}

/** Calls the real route handlers in-process with real Request objects. */
export const api = {
  health: () => health(new Request(`${BASE}/api/health`)),
  upload: (files: Array<{ name: string; bytes: Uint8Array; type?: string }>) => {
    const form = new FormData();
    for (const file of files) {
      form.append("file", new File([Buffer.from(file.bytes)], file.name, { type: file.type ?? "" }));
    }
    return uploadDocuments(new Request(`${BASE}/api/documents`, { method: "POST", body: form }));
  },
  uploadRaw: (init: RequestInit) =>
    uploadDocuments(new Request(`${BASE}/api/documents`, { method: "POST", ...init })),
  list: () => listDocuments(new Request(`${BASE}/api/documents`)),
  get: (id: string) => getDocument(new Request(`${BASE}/api/documents/${id}`), withId(id)),
  file: (id: string) => getDocumentFile(new Request(`${BASE}/api/documents/${id}/file`), withId(id)),
  patch: (id: string, body: unknown) =>
    patchDocument(
      new Request(`${BASE}/api/documents/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      withId(id),
    ),
  remove: (id: string) =>
    deleteDocument(new Request(`${BASE}/api/documents/${id}`, { method: "DELETE" }), withId(id)),
  search: (q: string, k?: number) =>
    search(new Request(`${BASE}/api/search?${new URLSearchParams({ q, ...(k ? { k: String(k) } : {}) })}`)),
  ask: (body: unknown, init: RequestInit = {}) =>
    ask(
      new Request(`${BASE}/api/ask`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
        ...init,
      }),
    ),
};
