import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/lib/domain/types";
import { collapseNearDuplicates, jaccard, wordShingles } from "@/lib/retrieval/collapse-duplicates";
import { diversifyMmr } from "@/lib/retrieval/diversify-mmr";
import { attachNeighbourContext } from "@/lib/retrieval/neighbour-context";
import { rankTitleMatches } from "@/lib/retrieval/rank-title-matches";
import { parseRanking, rerankPrompt } from "@/lib/retrieval/rerank-listwise";

function hit(chunkId: string, text: string, score = 1): SearchHit {
  return {
    chunkId,
    documentId: `doc-${chunkId}`,
    title: "T",
    text,
    pageStart: 1,
    pageEnd: 1,
    headingPath: [],
    ocr: false,
    score,
  };
}

const PASSAGE =
  "Feed the sourdough starter with flour and water every day and keep it somewhere warm so that it stays active and bubbly";

describe("collapseNearDuplicates", () => {
  const cases: Array<{ name: string; texts: string[]; kept: string[] }> = [
    { name: "exact copies keep the first", texts: [PASSAGE, PASSAGE], kept: ["0"] },
    {
      name: "layout and case do not matter",
      texts: [PASSAGE, PASSAGE.toUpperCase().replace(/ /g, "\n")],
      kept: ["0"],
    },
    {
      name: "one word changed in a long passage is a near duplicate",
      texts: [`${PASSAGE} ${PASSAGE}`, `${PASSAGE} ${PASSAGE.replace("bubbly", "lively")}`],
      kept: ["0"],
    },
    {
      name: "a different sentence is kept",
      texts: [PASSAGE, "Bake the loaves hot, with steam, for a crisp crust and an open crumb."],
      kept: ["0", "1"],
    },
    {
      name: "a passage inside a longer one is not a duplicate of it",
      texts: [
        PASSAGE,
        `${PASSAGE}. Then shape the dough, proof it overnight in the fridge and bake it in the morning.`,
      ],
      kept: ["0", "1"],
    },
    {
      name: "the second copy goes, the third distinct one stays",
      texts: [PASSAGE, "Other text here today.", PASSAGE],
      kept: ["0", "1"],
    },
  ];
  it.each(cases)("$name", ({ texts, kept }) => {
    const hits = texts.map((text, i) => hit(String(i), text));
    expect(collapseNearDuplicates(hits).map((h) => h.chunkId)).toEqual(kept);
  });

  it("measures word 3-gram overlap", () => {
    expect(wordShingles("a b c d")).toEqual(new Set(["a b c", "b c d"]));
    expect(jaccard(new Set(["x", "y"]), new Set(["y", "z"]))).toBeCloseTo(1 / 3);
  });
});

describe("rankTitleMatches", () => {
  const candidates = [
    { id: "a", title: "Annual report" },
    { id: "b", title: "Holiday policy and holiday pay" },
    { id: "c", title: "Holidays" },
    { id: "d", title: "Pay scales" },
  ];
  const cases: Array<{ query: string; ranked: string[] }> = [
    { query: "holiday pay rules", ranked: ["b", "c", "d"] },
    { query: "how many holidays do I get", ranked: ["b", "c"] },
    { query: "the and of", ranked: [] },
    { query: "parking", ranked: [] },
  ];
  it.each(cases)("$query", ({ query, ranked }) => {
    expect(rankTitleMatches(query, candidates).map((item) => item.id)).toEqual(ranked);
  });
});

describe("diversifyMmr", () => {
  const hits = [
    hit("a1", "aspirin dose adults 300 mg tablets", 1),
    hit("a2", "aspirin dose adults 300 mg tablets daily", 0.95),
    hit("b", "ibuprofen children syrup weight", 0.9),
    hit("c", "paracetamol liver warning", 0.5),
  ];
  const cases: Array<{ lambda: number; order: string[] }> = [
    { lambda: 1, order: ["a1", "a2", "b", "c"] },
    { lambda: 0.7, order: ["a1", "b", "a2", "c"] },
    { lambda: 0.3, order: ["a1", "b", "c", "a2"] },
  ];
  it.each(cases)("lambda $lambda", ({ lambda, order }) => {
    expect(diversifyMmr(hits, lambda).map((h) => h.chunkId)).toEqual(order);
  });

  it("reorders only the first `depth` places", () => {
    expect(diversifyMmr(hits, 0.3, 1).map((h) => h.chunkId)).toEqual(["a1", "a2", "b", "c"]);
  });
});

describe("attachNeighbourContext", () => {
  const hits = [hit("c2", "two"), hit("c3", "three"), hit("x", "lonely")];
  const neighbours = new Map([
    ["c2", { before: [{ id: "c1", text: "one " }], after: [{ id: "c3", text: "three" }] }],
    [
      "c3",
      {
        before: [{ id: "c2", text: "two" }],
        after: [
          { id: "c4", text: "four" },
          { id: "c5", text: "five" },
        ],
      },
    ],
  ]);

  it("adds adjacent chunks, leaves out neighbours that are hits themselves and keeps the hit itself", () => {
    const [c2, c3, x] = attachNeighbourContext(hits, neighbours);
    expect(c2?.context).toEqual({ before: "one", after: "" });
    expect(c3?.context).toEqual({ before: "", after: "four\n\nfive" });
    expect(x?.context).toBeUndefined();
    expect(c2?.text).toBe("two");
    expect(c2?.chunkId).toBe("c2");
  });
});

describe("parseRanking", () => {
  const cases: Array<{ reply: string; count: number; order: number[] | null }> = [
    { reply: '{"ranking": [3, 1, 2]}', count: 3, order: [2, 0, 1] },
    { reply: '{"ranking": [2]}', count: 3, order: [1, 0, 2] },
    { reply: '{"ranking": [2, 2, 9, 0, 1.5, "1"]}', count: 3, order: [1, 0, 2] },
    { reply: '{"ranking": []}', count: 3, order: null },
    { reply: '{"order": [1, 2]}', count: 2, order: null },
    { reply: "Passage 2 is best.", count: 2, order: null },
    { reply: "[1, 2]", count: 2, order: null },
  ];
  it.each(cases)("$reply", ({ reply, count, order }) => {
    expect(parseRanking(reply, count)).toEqual(order);
  });

  it("numbers the passages from 1 in the prompt, cut to a short text", () => {
    const prompt = rerankPrompt("why?", [
      { title: "A", text: "first" },
      { title: "B", text: "x".repeat(2000) },
    ]);
    expect(prompt).toContain("Question: why?");
    expect(prompt).toContain("[1] A: first");
    expect(prompt.length).toBeLessThan(800);
  });
});
