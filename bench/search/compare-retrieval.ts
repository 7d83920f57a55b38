import { allCollections } from "@/lib/access/read-scope";
import { retrieve } from "@/lib/retrieval/retrieve";
import type { VectorFilter, VectorStore } from "@/lib/vector";
import { filterClause } from "@/lib/vector/where-clause";
import { type LatencySummary, summarize } from "../report/percentiles";
import type { RawHybrid } from "./raw-hybrid-query";

export const K = 10;
/** retrieve() asks each list for max(3k, 20) candidates; the raw query fetches as many. */
export const CANDIDATES = 30;

export interface BenchQuery {
  text: string;
  /** The same words as Quire's keyword search would pass to LanceDB. */
  terms: string;
  vector: number[];
  collectionId: string;
}

export interface Comparison {
  quire: LatencySummary;
  raw: LatencySummary;
  /** Mean share of Quire's top 10 that the raw query also returned. */
  meanTop10Overlap: number;
}

interface Timed {
  ms: number;
  ids: string[];
}

function overlap(a: string[], b: string[]): number {
  const inB = new Set(b);
  return a.length === 0 ? 1 : a.filter((id) => inB.has(id)).length / a.length;
}

async function timeQuire(store: VectorStore, query: BenchQuery, filter?: VectorFilter): Promise<Timed> {
  const started = performance.now();
  const result = await retrieve(
    // The vector is precomputed, so no model host is timed.
    { store, embedQuery: async () => query.vector },
    { query: query.text, k: K, scope: allCollections(), ...(filter ? { filter } : {}) },
  );
  return { ms: performance.now() - started, ids: result.hits.map((hit) => hit.chunkId) };
}

async function timeRaw(raw: RawHybrid, query: BenchQuery, filter?: VectorFilter): Promise<Timed> {
  const clause = filterClause(filter);
  const where = clause.matchesNothing ? undefined : clause.where;
  const started = performance.now();
  const found = await raw.search({ terms: query.terms, vector: query.vector, limit: CANDIDATES, where });
  const ids = found.slice(0, K).map((row) => String((row as Record<string, unknown>).chunk_id));
  return { ms: performance.now() - started, ids };
}

/** Runs every query on both sides back to back; the first `warmup` queries are not recorded. */
export async function compareRetrieval(
  sides: { store: VectorStore; raw: RawHybrid },
  queries: readonly BenchQuery[],
  warmup: number,
  filterFor: (collectionId: string) => VectorFilter | undefined,
): Promise<Comparison> {
  const quireMs: number[] = [];
  const rawMs: number[] = [];
  const overlaps: number[] = [];
  for (const [number, query] of queries.entries()) {
    const filter = filterFor(query.collectionId);
    // Alternating who goes first spreads cache effects and machine noise over both sides.
    let quire: Timed;
    let raw: Timed;
    if (number % 2 === 0) {
      quire = await timeQuire(sides.store, query, filter);
      raw = await timeRaw(sides.raw, query, filter);
    } else {
      raw = await timeRaw(sides.raw, query, filter);
      quire = await timeQuire(sides.store, query, filter);
    }
    if (number < warmup) continue;
    quireMs.push(quire.ms);
    rawMs.push(raw.ms);
    overlaps.push(overlap(quire.ids, raw.ids));
  }
  return {
    quire: summarize(quireMs),
    raw: summarize(rawMs),
    meanTop10Overlap: overlaps.reduce((sum, value) => sum + value, 0) / overlaps.length,
  };
}
