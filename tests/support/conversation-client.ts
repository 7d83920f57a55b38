import { POST as ask } from "@/app/api/ask/route";
import { GET as read, DELETE as remove, PATCH as rename } from "@/app/api/conversations/[id]/route";
import { GET as list } from "@/app/api/conversations/route";
import { readSse, type SseEvent } from "./read-sse";
import { getDefaultIdentity, requestAs, TEST_ORIGIN, type TestIdentity } from "./test-identity";

const json = { "content-type": "application/json" };

/** The conversation routes called in-process, as `identity` (the harness's admin by default). */
export function conversationsAs(identity?: TestIdentity) {
  const request = (path: string, init?: RequestInit) =>
    requestAs(identity ?? getDefaultIdentity(), `${TEST_ORIGIN}${path}`, init);
  const withId = (id: string) => ({ params: Promise.resolve({ id }) });
  return {
    ask: (body: Record<string, unknown>) =>
      ask(request("/api/ask", { method: "POST", headers: json, body: JSON.stringify(body) })),
    /** Asks and reads the whole stream. */
    askAll: async (body: Record<string, unknown>): Promise<SseEvent[]> =>
      readSse(await ask(request("/api/ask", { method: "POST", headers: json, body: JSON.stringify(body) }))),
    list: () => list(request("/api/conversations")),
    read: (id: string) => read(request(`/api/conversations/${id}`), withId(id)),
    rename: (id: string, body: unknown) =>
      rename(
        request(`/api/conversations/${id}`, { method: "PATCH", headers: json, body: JSON.stringify(body) }),
        withId(id),
      ),
    remove: (id: string) => remove(request(`/api/conversations/${id}`, { method: "DELETE" }), withId(id)),
  };
}

export function eventData<T>(events: SseEvent[], name: string): T | undefined {
  return events.find((event) => event.event === name)?.data as T | undefined;
}
