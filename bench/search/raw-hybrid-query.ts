import { connect, MatchQuery, Operator, rerankers, type Table } from "@lancedb/lancedb";
import { VECTOR_REFINE_FACTOR } from "@/lib/vector/chunk-indexes";
import { CHUNK_TABLE, COLUMN, HIT_COLUMNS } from "@/lib/vector/chunk-table-schema";

export interface RawHybrid {
  /** LanceDB's own hybrid query: vector + full-text in one call, fused by its RRF reranker. */
  search(request: { terms: string; vector: number[]; limit: number; where?: string }): Promise<unknown[]>;
  close(): void;
}

/**
 * The baseline for Quire's retrieve: the same table, distance, refine factor, nprobes
 * (LanceDB's default on both sides) and RRF k (60), with the plainest keyword query
 * (one OR MatchQuery on the text), in one LanceDB hybrid call with no Quire code around
 * it. It deliberately does not follow Quire's keyword refinements: their cost is part of
 * what the ratio is meant to show.
 */
export async function openRawHybrid(indexDir: string): Promise<RawHybrid> {
  // The same consistency interval as Quire's web process, so both pay the same version checks.
  const connection = await connect(indexDir, { readConsistencyInterval: 1 });
  const table: Table = await connection.openTable(CHUNK_TABLE);
  const reranker = await rerankers.RRFReranker.create(60);
  return {
    async search({ terms, vector, limit, where }) {
      let query = table
        .query()
        .nearestTo(vector)
        .column(COLUMN.vector)
        .distanceType("cosine")
        .refineFactor(VECTOR_REFINE_FACTOR)
        .fullTextSearch(new MatchQuery(terms, COLUMN.text, { operator: Operator.Or }))
        .select(HIT_COLUMNS)
        .rerank(reranker)
        .limit(limit);
      if (where) query = query.where(where);
      return query.toArray();
    },
    close() {
      table.close();
      connection.close();
    },
  };
}
