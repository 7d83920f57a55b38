import type { ApiDocument, HealthResponse, UploadedDocument } from "./types";

/**
 * Light shape checks for JSON from our own API. They guard against an HTML error page or a
 * proxy's response being treated as data, not against a hostile server.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasStrings(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => typeof value[key] === "string");
}

function isDocumentLike(value: unknown): value is ApiDocument {
  return isRecord(value) && hasStrings(value, ["id", "title", "status"]);
}

export function parseDocumentList(body: unknown): ApiDocument[] | null {
  if (!isRecord(body) || !Array.isArray(body.documents)) return null;
  return body.documents.filter(isDocumentLike);
}

export function parseUploadResponse(body: unknown): UploadedDocument[] | null {
  if (!isRecord(body) || !Array.isArray(body.documents)) return null;
  return body.documents.filter(
    (item): item is UploadedDocument => isRecord(item) && hasStrings(item, ["id", "title", "status"]),
  );
}

export function parseHealth(body: unknown): HealthResponse | null {
  if (!isRecord(body) || typeof body.status !== "string") return null;
  const ollama = body.ollama;
  if (!isRecord(ollama) || typeof ollama.ok !== "boolean") return null;
  if (!isRecord(ollama.chatModel) || !isRecord(ollama.embedModel)) return null;
  return body as unknown as HealthResponse;
}
