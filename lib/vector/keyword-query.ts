/** Long pasted passages add little recall past this and make BM25 scoring slow. */
const MAX_TERMS = 64;
/** The FTS index ignores tokens longer than 40 characters. */
const MAX_TERM_LENGTH = 40;

/**
 * Reduces user input to plain words separated by spaces. The query is passed to a
 * MatchQuery (no query-language parsing), so this is defence in depth: no operator,
 * field prefix or quote can reach LanceDB. Returns null when no word is left.
 */
export function toKeywordQuery(raw: string): string | null {
  const terms = raw
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0 && term.length <= MAX_TERM_LENGTH)
    .slice(0, MAX_TERMS);
  return terms.length > 0 ? terms.join(" ") : null;
}
