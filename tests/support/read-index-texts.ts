import { connect } from "@lancedb/lancedb";

/**
 * The text-bearing columns of every row of the chunk table, read through a fresh LanceDB
 * connection, so a test sees what is on disk (see read-index-rows.ts).
 */
export async function readIndexTexts(
  indexDir: string,
): Promise<Array<{ documentId: string; title: string; text: string; headingPath: string }>> {
  const connection = await connect(indexDir);
  try {
    const table = await connection.openTable("chunks");
    try {
      const rows: Array<Record<string, unknown>> = await table
        .query()
        .select(["document_id", "title", "text", "heading_path"])
        .toArray();
      return rows.map((row) => ({
        documentId: String(row.document_id),
        title: String(row.title),
        text: String(row.text),
        headingPath: String(row.heading_path),
      }));
    } finally {
      table.close();
    }
  } finally {
    connection.close();
  }
}
