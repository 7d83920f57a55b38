import { connect } from "@lancedb/lancedb";

export interface IndexRow {
  chunkId: string;
  documentId: string;
  /** Length of the stored vector; null when the chunk has none. */
  vectorLength: number | null;
}

/**
 * Every row of the chunk table, read through a fresh LanceDB connection (not the store under
 * test), so a test sees exactly what is on disk: duplicates, strays and missing vectors included.
 */
export async function readIndexRows(indexDir: string): Promise<IndexRow[]> {
  const connection = await connect(indexDir);
  try {
    const table = await connection.openTable("chunks");
    try {
      const schema = await table.schema();
      const hasVectorColumn = schema.fields.some((field) => field.name === "vector");
      const columns = hasVectorColumn ? ["chunk_id", "document_id", "vector"] : ["chunk_id", "document_id"];
      const rows: Array<Record<string, unknown>> = await table.query().select(columns).toArray();
      return rows.map((row) => {
        const vector = row.vector as { length: number } | null | undefined;
        return {
          chunkId: String(row.chunk_id),
          documentId: String(row.document_id),
          vectorLength: vector ? vector.length : null,
        };
      });
    } finally {
      table.close();
    }
  } finally {
    connection.close();
  }
}
