import { describe, expect, it } from "vitest";
import { allCollections } from "@/lib/access/read-scope";
import type { Rerank } from "@/lib/retrieval/rerank-listwise";
import { type RetrievalStages, STAGES_OFF } from "@/lib/retrieval/retrieval-stages";
import { retrieve } from "@/lib/retrieval/retrieve";
import type { StoredHit, VectorStore } from "@/lib/vector";

const COPY = "Refunds are paid back to the card used for the purchase within fourteen days of the request";

/** BM25 order as the store would return it; "c" repeats "a" (another version), "d" sits under a matching title. */
const ROWS: Array<[string, string, string]> = [
  ["a", "Handbook", COPY],
  ["c", "Handbook (old version)", COPY],
  ["b", "Handbook", "Refunds for cash purchases are paid at the front desk"],
  ["d", "Refund policy", "Payments go back within fourteen days"],
];

function stored([chunkId, title, text]: [string, string, string], rank: number): StoredHit {
  return {
    chunkId,
    documentId: `doc-${chunkId}`,
    collectionId: "col",
    title,
    text,
    pageStart: 1,
    pageEnd: 1,
    headingPath: [],
    ocr: false,
    score: 10 - rank,
  };
}

/** Only keywordSearch matters in keyword mode; it records the k it was asked for. */
function stubStore(asked: number[]): VectorStore {
  const unused = () => {
    throw new Error("not used in keyword mode");
  };
  return {
    dimension: () => null,
    keywordSearch: async (_query, k) => {
      asked.push(k);
      return ROWS.map(stored).slice(0, k);
    },
    vectorSearch: unused,
    upsertChunks: unused,
    setVectors: unused,
    clearVectors: unused,
    resetVectors: unused,
    deleteDocument: unused,
    countChunks: unused,
    countKeywordMatches: unused,
    countMissingVectors: unused,
    indexStatus: unused,
    optimize: unused,
    close: () => {},
  };
}

async function ranked(stages: RetrievalStages, k: number, rerank?: Rerank) {
  const asked: number[] = [];
  const result = await retrieve(
    { store: stubStore(asked), embedQuery: null, stages, rerank: rerank ?? null },
    { query: "how are refunds paid, refund policy details", k, scope: allCollections(), mode: "keyword" },
  );
  return { ids: result.hits.map((hit) => hit.chunkId), asked, rerank: result.rerank };
}

describe("retrieve with ranking stages", () => {
  const cases: Array<{ name: string; stages: RetrievalStages; k: number; ids: string[] }> = [
    { name: "all off: the store's order, cut to k", stages: STAGES_OFF, k: 3, ids: ["a", "c", "b"] },
    {
      name: "duplicate collapse drops the repeated passage",
      stages: { ...STAGES_OFF, collapseDuplicates: true },
      k: 3,
      ids: ["a", "b", "d"],
    },
    {
      name: "a strong title boost lifts the chunk under a matching title",
      stages: { ...STAGES_OFF, titleBoost: 1 },
      k: 4,
      ids: ["d", "a", "c", "b"],
    },
    {
      name: "MMR puts a different passage before the copy",
      stages: { ...STAGES_OFF, mmrLambda: 0.5 },
      k: 3,
      ids: ["a", "b", "d"],
    },
  ];
  it.each(cases)("$name", async ({ stages, k, ids }) => {
    expect((await ranked(stages, k)).ids).toEqual(ids);
  });

  it("asks the store for a deeper pool only when a stage needs one", async () => {
    expect((await ranked(STAGES_OFF, 3)).asked.at(-1)).toBe(3);
    expect((await ranked({ ...STAGES_OFF, collapseDuplicates: true }, 3)).asked.at(-1)).toBe(13);
    expect((await ranked({ ...STAGES_OFF, mmrLambda: 0.9 }, 3)).asked.at(-1)).toBe(30);
  });

  it("applies the rerank order before the cut and reports a skip without reordering", async () => {
    const reverse: Rerank = async (_query, passages) => ({
      order: passages.map((_, i) => passages.length - 1 - i),
    });
    const applied = await ranked(STAGES_OFF, 2, reverse);
    expect(applied).toMatchObject({ ids: ["d", "b"], rerank: "applied" });

    const skip: Rerank = async () => ({ skipped: "the rerank model x is not on the model host" });
    const skipped = await ranked(STAGES_OFF, 2, skip);
    expect(skipped).toMatchObject({
      ids: ["a", "c"],
      rerank: "skipped: the rerank model x is not on the model host",
    });
  });
});
