import { type Connection, MatchQuery, Operator, type Table } from "@lancedb/lancedb";
import type { IndexedChunk } from "@/lib/domain/types";
import {
  ensureFilterIndexes,
  ensureFullTextIndex,
  ensureVectorIndex,
  hasIndexOn,
  VECTOR_REFINE_FACTOR,
} from "./chunk-indexes";
import { assertChunkIds, chunkToRow, lastPerKey, rowToStoredHit } from "./chunk-rows";
import { COLUMN, HIT_COLUMNS, vectorColumnSql, vectorDimensionOf } from "./chunk-table-schema";
import { toKeywordParts, toKeywordQuery } from "./keyword-query";
import { withStoreErrors } from "./store-errors";
import { sumKeywordScores } from "./sum-keyword-scores";
import type { KeywordQuery, StoredHit, VectorFilter, VectorStore } from "./types";
import { assertUsableDimension, assertVectorsFinite, assertVectorsFit, isZeroVector } from "./vector-checks";
import { assertSafeId, documentIdClause, filterClause } from "./where-clause";

const MAX_K = 1_000;
/**
 * Each keyword part fetches this many times the chunks asked for, so a chunk just below the
 * cut-off in one part still gets the scores the other parts give it.
 */
const KEYWORD_POOL_FACTOR = 2;
const MIN_KEYWORD_POOL = 50;

function clampK(k: number): number {
  return Number.isFinite(k) ? Math.max(0, Math.min(Math.floor(k), MAX_K)) : 0;
}

type Row = Record<string, unknown>;

/** The VectorStore over one LanceDB table; built by openVectorStore. */
export class LanceVectorStore implements VectorStore {
  #dimension: number | null;

  constructor(
    private readonly connection: Connection,
    private readonly table: Table,
    dimension: number | null,
    private readonly vectorIndexThreshold: number,
  ) {
    this.#dimension = dimension;
  }

  /** Cached; refreshed by every operation that touches vectors, so another process's change shows up. */
  dimension(): number | null {
    return this.#dimension;
  }

  private async refreshDimension(): Promise<number | null> {
    this.#dimension = vectorDimensionOf(await this.table.schema());
    return this.#dimension;
  }

  /** Adds the vector column on first use; returns the dimension actually stored. */
  private async ensureVectorColumn(dimension: number): Promise<number> {
    assertUsableDimension(dimension);
    const existing = await this.refreshDimension();
    if (existing !== null) return existing;
    try {
      await this.table.addColumns([{ name: COLUMN.vector, valueSql: vectorColumnSql(dimension) }]);
    } catch (error) {
      // Another writer may have added it first; its dimension then decides.
      if ((await this.refreshDimension()) === null) throw error;
    }
    return (await this.refreshDimension()) ?? dimension;
  }

  async upsertChunks(chunks: IndexedChunk[]): Promise<void> {
    if (chunks.length === 0) return;
    await withStoreErrors("upsert", async () => {
      const unique = lastPerKey(chunks, (chunk) => chunk.chunkId);
      for (const chunk of unique) assertChunkIds(chunk);
      const vectors = unique.flatMap((chunk) => (chunk.vector ? [chunk.vector] : []));
      let dimension = await this.refreshDimension();
      if (vectors[0]) {
        assertVectorsFinite(vectors);
        dimension = await this.ensureVectorColumn(vectors[0].length);
        assertVectorsFit(vectors, dimension);
      }
      const rows = unique.map((chunk) => chunkToRow(chunk, dimension !== null));
      await this.table
        .mergeInsert(COLUMN.chunkId)
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute(rows);
    });
  }

  async setVectors(items: { chunkId: string; vector: number[] }[]): Promise<void> {
    const unique = lastPerKey(items, (item) => item.chunkId);
    const first = unique[0];
    if (!first) return;
    await withStoreErrors("setVectors", async () => {
      for (const item of unique) assertSafeId(item.chunkId, "chunk id");
      const vectors = unique.map((item) => item.vector);
      assertVectorsFinite(vectors);
      const dimension = await this.ensureVectorColumn(first.vector.length);
      assertVectorsFit(vectors, dimension);
      // A partial-column merge rewrites only the vector; rows deleted meanwhile stay deleted.
      const rows = unique.map((item) => ({ [COLUMN.chunkId]: item.chunkId, [COLUMN.vector]: item.vector }));
      await this.table.mergeInsert(COLUMN.chunkId).whenMatchedUpdateAll().execute(rows);
    });
  }

  /**
   * Dropping the column (rather than writing NULLs) also drops the ANN index trained
   * on the old model's vectors and lets the next model have any dimension.
   */
  async clearVectors(): Promise<void> {
    await withStoreErrors("clearVectors", async () => {
      if ((await this.refreshDimension()) === null) return;
      try {
        await this.table.dropColumns([COLUMN.vector]);
      } catch (error) {
        if ((await this.refreshDimension()) !== null) throw error;
      }
      this.#dimension = null;
    });
  }

  async resetVectors(dimension: number): Promise<void> {
    assertUsableDimension(dimension);
    await this.clearVectors();
    await withStoreErrors("resetVectors", () => this.ensureVectorColumn(dimension));
  }

  async deleteDocument(documentId: string): Promise<void> {
    const predicate = documentIdClause(documentId);
    await withStoreErrors("deleteDocument", () => this.table.delete(predicate));
  }

  async countChunks(filter?: VectorFilter): Promise<number> {
    return withStoreErrors("countChunks", async () => {
      const clause = filterClause(filter);
      if (clause.matchesNothing) return 0;
      return this.table.countRows(clause.where);
    });
  }

  async countMissingVectors(): Promise<number> {
    return withStoreErrors("countMissingVectors", async () => {
      const dimension = await this.refreshDimension();
      return this.table.countRows(dimension === null ? undefined : `${COLUMN.vector} IS NULL`);
    });
  }

  async keywordSearch(query: string | KeywordQuery, k: number, filter?: VectorFilter): Promise<StoredHit[]> {
    return withStoreErrors("keywordSearch", async () => {
      // MatchQuery treats its text as words, never as query syntax.
      const parts = toKeywordParts(typeof query === "string" ? { text: query } : query);
      const clause = filterClause(filter);
      const limit = clampK(k);
      if (parts.length === 0 || clause.matchesNothing || limit === 0) return [];
      // Keeps the cached dimension fresh for callers that check it before a vector search.
      await this.refreshDimension();
      const pool = clampK(Math.max(limit * KEYWORD_POOL_FACTOR, MIN_KEYWORD_POOL));
      const scored = await Promise.all(
        parts.map(async (part) => {
          let search = this.table
            .query()
            .fullTextSearch(part.query)
            .select([...HIT_COLUMNS, "_score"])
            .limit(pool);
          if (clause.where) search = search.where(clause.where);
          const rows: Row[] = await search.toArray();
          const hits = rows.map((row) => {
            const hit = rowToStoredHit(row, Number(row._score));
            return { id: hit.chunkId, hit, score: hit.score };
          });
          return { finds: part.finds, hits };
        }),
      );
      return sumKeywordScores(scored, limit).map(({ hit, score }) => ({ ...hit, score }));
    });
  }

  async countKeywordMatches(words: readonly string[], cap: number, filter?: VectorFilter): Promise<number[]> {
    return withStoreErrors("countKeywordMatches", async () => {
      const clause = filterClause(filter);
      const limit = clampK(cap);
      if (clause.matchesNothing || limit === 0) return words.map(() => 0);
      return Promise.all(
        words.map(async (word) => {
          const text = toKeywordQuery(word);
          if (text === null) return 0;
          let search = this.table
            .query()
            .fullTextSearch(new MatchQuery(text, COLUMN.text, { operator: Operator.Or }))
            .select([COLUMN.chunkId, "_score"])
            .limit(limit);
          if (clause.where) search = search.where(clause.where);
          return (await search.toArray()).length;
        }),
      );
    });
  }

  async vectorSearch(vector: number[], k: number, filter?: VectorFilter): Promise<StoredHit[]> {
    return withStoreErrors("vectorSearch", async () => {
      const clause = filterClause(filter);
      const limit = clampK(k);
      const dimension = await this.refreshDimension();
      if (dimension === null || clause.matchesNothing || limit === 0) return [];
      assertVectorsFit([vector], dimension);
      assertVectorsFinite([vector]);
      if (isZeroVector(vector)) return [];
      let search = this.table
        .vectorSearch(vector)
        .column(COLUMN.vector)
        .distanceType("cosine")
        .refineFactor(VECTOR_REFINE_FACTOR)
        .select([...HIT_COLUMNS, "_distance"])
        .limit(limit);
      if (clause.where) search = search.where(clause.where);
      const rows: Row[] = await search.toArray();
      return rows.map((row) => rowToStoredHit(row, 1 - Number(row._distance)));
    });
  }

  async indexStatus(): Promise<{ fullText: boolean; vector: boolean }> {
    return withStoreErrors("indexStatus", async () => ({
      fullText: await hasIndexOn(this.table, COLUMN.text),
      vector: await hasIndexOn(this.table, COLUMN.vector),
    }));
  }

  async optimize(): Promise<void> {
    await withStoreErrors("optimize", async () => {
      await ensureFullTextIndex(this.table);
      await ensureFilterIndexes(this.table);
      const dimension = await this.refreshDimension();
      if (dimension !== null) await ensureVectorIndex(this.table, dimension, this.vectorIndexThreshold);
      // Compacts fragments and folds rows written since the last build into both indexes.
      await this.table.optimize();
    });
  }

  close(): void {
    this.table.close();
    this.connection.close();
  }
}
