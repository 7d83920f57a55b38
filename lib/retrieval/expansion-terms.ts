import { isStopWord, lightStem, tokenizeWords } from "./query-terms";

export interface FeedbackChunk {
  text: string;
  /** The chunk's BM25 score for the original query. */
  score: number;
}

export interface ExpansionSettings {
  /** How many words to add. */
  count: number;
  /** Weight of the strongest added word relative to a query word; the others scale down from it. */
  weight: number;
}

/** Shorter words are mostly abbreviations and fragments that match too widely to help. */
const MIN_WORD_LENGTH = 3;

/**
 * Pseudo-relevance feedback (a relevance model, as in RM3): the words that make up a
 * large share of the best-matching chunks, each chunk counting in proportion to its
 * score, are likely to be the vocabulary relevant chunks use for what the query
 * names. Query words, stop words and numbers are left out; inflections of one word
 * are merged and returned in their most frequent form.
 */
export function expansionTerms(
  query: string,
  feedback: readonly FeedbackChunk[],
  settings: ExpansionSettings,
): Array<{ term: string; weight: number }> {
  const queryStems = new Set(tokenizeWords(query).map((token) => lightStem(token.word)));
  const totalScore = feedback.reduce((sum, chunk) => sum + Math.max(0, chunk.score), 0);
  if (totalScore <= 0 || settings.count <= 0) return [];

  const weightByStem = new Map<string, number>();
  const formsByStem = new Map<string, Map<string, number>>();
  for (const chunk of feedback) {
    const words = tokenizeWords(chunk.text).map((token) => token.word);
    if (words.length === 0) continue;
    const share = Math.max(0, chunk.score) / totalScore / words.length;
    for (const word of words) {
      if (word.length < MIN_WORD_LENGTH || !/^\p{L}+$/u.test(word) || isStopWord(word)) continue;
      const stem = lightStem(word);
      if (queryStems.has(stem)) continue;
      weightByStem.set(stem, (weightByStem.get(stem) ?? 0) + share);
      const forms = formsByStem.get(stem) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      formsByStem.set(stem, forms);
    }
  }

  const strongest = [...weightByStem]
    .sort(([stemA, a], [stemB, b]) => b - a || (stemA < stemB ? -1 : 1))
    .slice(0, settings.count);
  const top = strongest[0]?.[1] ?? 0;
  return strongest.map(([stem, weight]) => ({
    term: mostFrequent(formsByStem.get(stem)) ?? stem,
    weight: (settings.weight * weight) / top,
  }));
}

function mostFrequent(forms: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of forms ?? []) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best?.[0];
}
