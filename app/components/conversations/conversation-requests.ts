import type { ConversationSummary, ConversationView } from "@/lib/conversations/conversation-view";
import { isRecord } from "../api/guards";
import { requestJson } from "../api/request-json";

const json = { "content-type": "application/json" };

function isSummary(value: unknown): value is ConversationSummary {
  return isRecord(value) && typeof value.id === "string" && typeof value.title === "string";
}

export async function fetchConversations(signal?: AbortSignal): Promise<ConversationSummary[]> {
  const body = await requestJson("/api/conversations", { signal });
  const list = isRecord(body) && Array.isArray(body.conversations) ? body.conversations : [];
  return list.filter(isSummary);
}

export async function fetchConversation(id: string, signal?: AbortSignal): Promise<ConversationView> {
  const body = await requestJson(`/api/conversations/${encodeURIComponent(id)}`, { signal });
  if (!isRecord(body) || !Array.isArray(body.turns)) throw new Error("Unexpected conversation response");
  return body as unknown as ConversationView;
}

export async function renameConversation(id: string, title: string): Promise<void> {
  await requestJson(`/api/conversations/${encodeURIComponent(id)}`, {
    method: "PATCH",
    headers: json,
    body: JSON.stringify({ title }),
  });
}

export async function deleteConversation(id: string): Promise<void> {
  await requestJson(`/api/conversations/${encodeURIComponent(id)}`, { method: "DELETE" });
}
