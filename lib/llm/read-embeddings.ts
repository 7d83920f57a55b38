/**
 * Checks an /api/embed body before its numbers reach the index: a vector of the wrong length or
 * with NaN in it would corrupt search silently. Returns a reason when the body is unusable.
 */
export function readEmbeddings(
  body: unknown,
  expectedCount: number,
  expectedDimension: number | null,
): { ok: true; vectors: number[][] } | { ok: false; reason: string } {
  const embeddings =
    body !== null && typeof body === "object" ? (body as { embeddings?: unknown }).embeddings : undefined;
  if (!Array.isArray(embeddings)) return { ok: false, reason: "no embeddings array in the response" };
  if (embeddings.length !== expectedCount) {
    return { ok: false, reason: `expected ${expectedCount} embeddings, got ${embeddings.length}` };
  }
  let dimension = expectedDimension;
  for (const [index, vector] of embeddings.entries()) {
    if (!Array.isArray(vector) || vector.length === 0)
      return { ok: false, reason: `embedding ${index} is not a vector` };
    if (!vector.every((value) => typeof value === "number" && Number.isFinite(value))) {
      return { ok: false, reason: `embedding ${index} has non-numeric or non-finite values` };
    }
    dimension ??= vector.length;
    if (vector.length !== dimension) {
      return {
        ok: false,
        reason: `embedding ${index} has dimension ${vector.length}, expected ${dimension}`,
      };
    }
  }
  return { ok: true, vectors: embeddings as number[][] };
}
