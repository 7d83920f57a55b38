export const MAX_SEARCH_QUERY = 300;

/** Labels a model puts before the query despite being told not to: "Query:", "Standalone search query:". */
const LABEL =
  /^(?:[*_#>\s-]*)(?:standalone\s+|rewritten\s+|search\s+|final\s+)*(?:query|question|search)\s*[:：-]\s*/i;
const WRAPPING = /^["'`“”‘’«»*_]+|["'`“”‘’«»*_]+$/g;
const LIST_MARKER = /^(?:[-*•]\s+|\d+[.)]\s+)/;
/** A reply that talks instead of rewriting: a refusal or an answer, not a query. */
const CHATTER = /^(?:i(?:'m| am)\b|sorry\b|as an ai\b|i cannot\b|i can't\b|here is\b|here's\b|sure\b)/i;

/**
 * The one-line search query in a model's rewrite, or null when the reply is unusable (empty,
 * chatter, no letters). Reasoning blocks, labels, quotes and list markers are removed and the
 * query is cut at a word boundary to MAX_SEARCH_QUERY characters. Pure.
 */
export function sanitiseSearchQuery(reply: string): string | null {
  const withoutThinking = reply.replace(/<think>[\s\S]*?(?:<\/think>|$)/gi, " ");
  const firstLine = withoutThinking
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== "");
  if (firstLine === undefined) return null;
  let query = firstLine.replace(LIST_MARKER, "").replace(LABEL, "").replace(WRAPPING, "");
  query = query.replace(/\s+/g, " ").trim();
  if (CHATTER.test(query) || !/[\p{L}\p{N}]/u.test(query)) return null;
  if (query.length > MAX_SEARCH_QUERY) {
    const cut = query.slice(0, MAX_SEARCH_QUERY);
    const boundary = cut.lastIndexOf(" ");
    query = boundary > MAX_SEARCH_QUERY / 2 ? cut.slice(0, boundary) : cut;
  }
  return query;
}
