import type { Judgments } from "./types";

/**
 * Queries made deliberately unanswerable for the abstention figure: their relevant
 * documents are kept out of the index. A document also relevant to a query that stays
 * answerable is kept, so that query keeps its evidence; a held-out query that keeps any
 * relevant document that way is not unanswerable and is dropped from both groups.
 */
export interface HoldOut {
  answerable: string[];
  unanswerable: string[];
  /** Held out, but a relevant document of theirs had to stay. */
  dropped: string[];
  /** Corpus ids to keep out of the index. */
  removedCorpusIds: Set<string>;
}

/** mulberry32: a tiny seeded generator, so the same seed always holds out the same queries. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Fisher-Yates over a copy with the seeded generator. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = shuffled[i] as T;
    shuffled[i] = shuffled[j] as T;
    shuffled[j] = a;
  }
  return shuffled;
}

export function holdOutQueries(
  queryIds: readonly string[],
  judgments: ReadonlyMap<string, Judgments>,
  options: { share: number; seed: number },
): HoldOut {
  const count = Math.round(Math.min(1, Math.max(0, options.share)) * queryIds.length);
  const heldOut = new Set(seededShuffle(queryIds, options.seed).slice(0, count));
  const answerable = queryIds.filter((id) => !heldOut.has(id));
  const needed = new Set(answerable.flatMap((id) => [...(judgments.get(id)?.keys() ?? [])]));
  const removedCorpusIds = new Set<string>();
  const unanswerable: string[] = [];
  const dropped: string[] = [];
  for (const id of queryIds.filter((queryId) => heldOut.has(queryId))) {
    const relevant = [...(judgments.get(id)?.keys() ?? [])];
    if (relevant.some((corpusId) => needed.has(corpusId))) {
      dropped.push(id);
      continue;
    }
    unanswerable.push(id);
    for (const corpusId of relevant) removedCorpusIds.add(corpusId);
  }
  return { answerable, unanswerable, dropped, removedCorpusIds };
}

/**
 * The stored documents to delete: those whose every corpus id is removed (one stored
 * document stands for several identical corpus documents).
 */
export function documentsToRemove(
  corpusIdsByDocument: ReadonlyMap<string, readonly string[]>,
  removedCorpusIds: ReadonlySet<string>,
): string[] {
  return [...corpusIdsByDocument]
    .filter(([, corpusIds]) => corpusIds.length > 0 && corpusIds.every((id) => removedCorpusIds.has(id)))
    .map(([documentId]) => documentId);
}
