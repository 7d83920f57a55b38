import type { LlmClient } from "@/lib/llm";
import { withoutCitationMarkers } from "./citation-markers";
import { cosineSimilarity } from "./cosine-similarity";

/**
 * Cosine similarity of each claim (embedded as a query) to each passage (as a document), or
 * null when the embedding model does not answer within `timeoutMs`: the lexical check then
 * decides alone, so a slow or absent model host never holds back the answer.
 */
export async function embedSimilarities(
  llm: Pick<LlmClient, "embed">,
  claims: readonly string[],
  passages: readonly string[],
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<number[][] | null> {
  if (claims.length === 0 || passages.length === 0) return null;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    // Both in flight at once: one round trip of waiting, each with its own task prefix.
    const embedded = Promise.all([
      llm.embed(claims.map(withoutCitationMarkers), "query", signal),
      llm.embed([...passages], "document", signal),
    ]);
    // The time limit holds even if a client does not honour its signal.
    const [claimVectors, passageVectors] = await Promise.race([embedded, rejectWhenAborted(signal)]);
    return claimVectors.map((claim) => passageVectors.map((passage) => cosineSimilarity(claim, passage)));
  } catch {
    return null;
  }
}

function rejectWhenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
