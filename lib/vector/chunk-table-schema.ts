import { Bool, DataType, Field, Int32, Schema, Utf8 } from "apache-arrow";

export const CHUNK_TABLE = "chunks";

/** snake_case so the names need no quoting in the SQL-ish `where` strings LanceDB takes. */
export const COLUMN = {
  chunkId: "chunk_id",
  documentId: "document_id",
  collectionId: "collection_id",
  title: "title",
  text: "text",
  pageStart: "page_start",
  pageEnd: "page_end",
  headingPath: "heading_path",
  /** "" when the page has no label. */
  pageLabel: "page_label",
  ocr: "ocr",
  vector: "vector",
} as const;

/** Everything a hit needs; the vector itself is never read back. */
export const HIT_COLUMNS: string[] = [
  COLUMN.chunkId,
  COLUMN.documentId,
  COLUMN.collectionId,
  COLUMN.title,
  COLUMN.text,
  COLUMN.pageStart,
  COLUMN.pageEnd,
  COLUMN.headingPath,
  COLUMN.pageLabel,
  COLUMN.ocr,
];

/**
 * The table starts without a vector column: its dimension is only known once the
 * embedding model answers, and documents must be keyword-searchable before that.
 * heading_path is a JSON string, which keeps row conversion free of nested Arrow types.
 */
export function baseChunkSchema(): Schema {
  return new Schema([
    new Field(COLUMN.chunkId, new Utf8(), false),
    new Field(COLUMN.documentId, new Utf8(), false),
    new Field(COLUMN.collectionId, new Utf8(), false),
    new Field(COLUMN.title, new Utf8(), false),
    new Field(COLUMN.text, new Utf8(), false),
    new Field(COLUMN.pageStart, new Int32(), false),
    new Field(COLUMN.pageEnd, new Int32(), false),
    new Field(COLUMN.headingPath, new Utf8(), false),
    new Field(COLUMN.pageLabel, new Utf8(), false),
    new Field(COLUMN.ocr, new Bool(), false),
  ]);
}

/**
 * Columns that tables created by earlier versions lack, with the value their existing rows
 * get. Added by SQL expression for the same reason as the vector column (see below).
 */
export const LATER_COLUMNS: ReadonlyArray<{ name: string; valueSql: string }> = [
  { name: COLUMN.pageLabel, valueSql: "''" },
  { name: COLUMN.ocr, valueSql: "false" },
];

/**
 * A SQL expression, not an Arrow Field: LanceDB loads apache-arrow through `require`
 * while this module gets the ESM build, so its `instanceof Field` check rejects our
 * Field objects. A typed NULL adds a nullable FixedSizeList column that existing
 * rows leave empty until `update`/`mergeInsert` fills it.
 */
export function vectorColumnSql(dimension: number): string {
  return `arrow_cast(NULL, 'FixedSizeList(${dimension}, Float32)')`;
}

interface SchemaLike {
  fields: { name: string; type: DataType }[];
}

/** Reads the vector dimension from a table schema; null when the column is absent. */
export function vectorDimensionOf(schema: SchemaLike): number | null {
  const field = schema.fields.find((candidate) => candidate.name === COLUMN.vector);
  // typeId comparison works across the two apache-arrow copies described above.
  if (!field || !DataType.isFixedSizeList(field.type)) return null;
  return field.type.listSize;
}
