import { type Connection, connect, type Table } from "@lancedb/lancedb";
import { DEFAULT_VECTOR_INDEX_THRESHOLD, ensureFilterIndexes, ensureFullTextIndex } from "./chunk-indexes";
import { baseChunkSchema, CHUNK_TABLE, vectorDimensionOf } from "./chunk-table-schema";
import { ensureChunkColumns } from "./ensure-chunk-columns";
import { LanceVectorStore } from "./lance-vector-store";
import { withStoreErrors } from "./store-errors";
import type { VectorStore, VectorStoreOptions } from "./types";

/**
 * `existOk` only tolerates a table whose schema equals the one given, which stops
 * being true once the vector column exists, so an existing table is opened instead.
 */
async function openOrCreateChunkTable(connection: Connection): Promise<Table> {
  if ((await connection.tableNames()).includes(CHUNK_TABLE)) return connection.openTable(CHUNK_TABLE);
  try {
    return await connection.createEmptyTable(CHUNK_TABLE, baseChunkSchema(), {
      mode: "create",
      existOk: true,
    });
  } catch (error) {
    // Lost a creation race against another process that has already added vectors.
    if ((await connection.tableNames()).includes(CHUNK_TABLE)) return connection.openTable(CHUNK_TABLE);
    throw error;
  }
}

/**
 * Opens (creating if needed) the chunk table in `dir`. The web server reads what the
 * ingest worker writes from another process; a connection without a
 * readConsistencyInterval keeps serving the version it first loaded (verified with
 * two connections to one folder), hence the interval is always set.
 */
export async function openVectorStore(dir: string, options: VectorStoreOptions = {}): Promise<VectorStore> {
  return withStoreErrors("open", async () => {
    // 0 = check for newer versions on every read: ~0.1 ms per read on local disk.
    const connection = await connect(dir, {
      readConsistencyInterval: options.readConsistencyIntervalSeconds ?? 0,
    });
    const table = await openOrCreateChunkTable(connection);
    await ensureChunkColumns(table);
    await ensureFullTextIndex(table);
    await ensureFilterIndexes(table);
    const dimension = vectorDimensionOf(await table.schema());
    const threshold = options.vectorIndexThreshold ?? DEFAULT_VECTOR_INDEX_THRESHOLD;
    return new LanceVectorStore(connection, table, dimension, threshold);
  });
}
