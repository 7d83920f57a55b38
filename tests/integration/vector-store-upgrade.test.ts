import { connect, Index } from "@lancedb/lancedb";
import { Field, Int32, Schema, Utf8 } from "apache-arrow";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openVectorStore, type VectorStore } from "@/lib/vector";
import { makeTempDir } from "../support/temp-dir";

/** The chunk table as releases before page labels and OCR marks created it. */
function schemaBeforeLabels(): Schema {
  return new Schema([
    new Field("chunk_id", new Utf8(), false),
    new Field("document_id", new Utf8(), false),
    new Field("collection_id", new Utf8(), false),
    new Field("title", new Utf8(), false),
    new Field("text", new Utf8(), false),
    new Field("page_start", new Int32(), false),
    new Field("page_end", new Int32(), false),
    new Field("heading_path", new Utf8(), false),
  ]);
}

const OLD_ROWS = [
  { chunk_id: "old-1", text: "Granite is quarried in the north.", vector: [1, 0, 0] },
  { chunk_id: "old-2", text: "Basalt forms columns as lava cools.", vector: null },
].map((row) => ({
  document_id: "doc-old",
  collection_id: "default",
  title: "Field guide",
  page_start: 2,
  page_end: 2,
  heading_path: JSON.stringify(["Rocks"]),
  ...row,
}));

/** An index left by an earlier release: rows, a vector column, and both full-text indexes. */
async function writeOldIndex(dir: string): Promise<void> {
  const connection = await connect(dir);
  const table = await connection.createEmptyTable("chunks", schemaBeforeLabels());
  await table.addColumns([{ name: "vector", valueSql: "arrow_cast(NULL, 'FixedSizeList(3, Float32)')" }]);
  await table.add(OLD_ROWS);
  await table.createIndex("text", { config: Index.fts() });
  await table.createIndex("heading_path", { config: Index.fts() });
  table.close();
  connection.close();
}

async function indexedColumns(dir: string): Promise<string[]> {
  const connection = await connect(dir);
  const table = await connection.openTable("chunks");
  const columns = (await table.listIndices()).flatMap((index) => index.columns);
  table.close();
  connection.close();
  return columns.sort();
}

async function columnNames(dir: string): Promise<string[]> {
  const connection = await connect(dir);
  const table = await connection.openTable("chunks");
  const names = (await table.schema()).fields.map((field) => field.name);
  table.close();
  connection.close();
  return names;
}

let temp: ReturnType<typeof makeTempDir>;
const stores: VectorStore[] = [];

beforeEach(async () => {
  temp = makeTempDir("quire-vector-upgrade-");
  await writeOldIndex(temp.dir);
});

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  temp.remove();
});

describe("vector store: a table made before page labels and OCR marks", () => {
  it("gains the scalar indexes that collection and document filters use", async () => {
    expect(await indexedColumns(temp.dir)).toEqual(["heading_path", "text"]);
    const store = await openVectorStore(temp.dir);
    stores.push(store);
    expect(await indexedColumns(temp.dir)).toEqual(["collection_id", "document_id", "heading_path", "text"]);
    const [hit] = await store.keywordSearch("basalt", 5, { collectionIds: ["default"] });
    expect(hit?.chunkId).toBe("old-2");
    expect(await store.keywordSearch("basalt", 5, { collectionIds: ["other"] })).toEqual([]);
  });

  it("gains the columns when opened, and its old rows stay searchable without them", async () => {
    expect(await columnNames(temp.dir)).not.toContain("page_label");
    const store = await openVectorStore(temp.dir);
    stores.push(store);
    expect(await columnNames(temp.dir)).toEqual(expect.arrayContaining(["page_label", "ocr", "vector"]));

    expect(store.dimension()).toBe(3);
    expect(await store.indexStatus()).toEqual({ fullText: true, vector: false });
    const [keywordHit] = await store.keywordSearch("granite", 5);
    expect(keywordHit).toMatchObject({ chunkId: "old-1", pageStart: 2, headingPath: ["Rocks"], ocr: false });
    expect(keywordHit).not.toHaveProperty("pageLabel");
    const [vectorHit] = await store.vectorSearch([1, 0, 0], 5);
    expect(vectorHit).toMatchObject({ chunkId: "old-1", ocr: false });
  });

  it("takes new chunks with labels and OCR marks next to the old rows", async () => {
    const store = await openVectorStore(temp.dir);
    stores.push(store);
    await store.upsertChunks([
      {
        chunkId: "new-1",
        documentId: "doc-new",
        collectionId: "default",
        title: "Deck",
        text: "Granite budget for the quarry.",
        pageStart: 2,
        pageEnd: 2,
        headingPath: [],
        pageLabel: "Slide 2",
        ocr: true,
        vector: [0, 1, 0],
      },
    ]);
    await store.optimize();
    const hits = await store.keywordSearch("granite", 5);
    expect(hits.map((hit) => hit.chunkId).sort()).toEqual(["new-1", "old-1"]);
    expect(hits.find((hit) => hit.chunkId === "new-1")).toMatchObject({ pageLabel: "Slide 2", ocr: true });
    expect(await store.countChunks()).toBe(3);
  });

  it("is upgraded once when the web server and the worker open it together", async () => {
    const opened = await Promise.all([openVectorStore(temp.dir), openVectorStore(temp.dir)]);
    stores.push(...opened);
    const reopened = await openVectorStore(temp.dir);
    stores.push(reopened);
    const names = await columnNames(temp.dir);
    expect(names.filter((name) => name === "page_label" || name === "ocr")).toEqual(["page_label", "ocr"]);
    for (const store of [...opened, reopened]) {
      expect((await store.keywordSearch("basalt", 5)).map((hit) => hit.chunkId)).toEqual(["old-2"]);
    }
  });
});
