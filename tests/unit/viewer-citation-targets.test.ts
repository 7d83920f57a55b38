import { describe, expect, it } from "vitest";
import type { AskClaim, AskSource } from "@/app/components/api/types";
import { citationOrder, claimForMarker, claimsOf, targetFor } from "@/app/components/viewer/citation-targets";

function source(n: number, extra: Partial<AskSource> = {}): AskSource {
  return {
    n,
    chunkId: `chunk-${n}`,
    documentId: `doc-${n}`,
    title: `Document ${n}`,
    pageStart: n + 1,
    pageEnd: n + 1,
    ocr: false,
    snippet: `snippet ${n}`,
    ...extra,
  };
}

const SOURCES = [source(1), source(2), source(3)];

describe("citationOrder", () => {
  it.each([
    ["first-cited order, each once", "B is true [3]. A too [1]. And B again [3].", 3, [3, 1]],
    ["a grouped marker", "Both hold [2, 1].", 1, [2, 1]],
    ["an uncited source walks all sources by number", "Only [2].", 3, [1, 2, 3]],
    ["an answer citing nothing walks all sources", "No citations here.", 2, [1, 2, 3]],
  ])("%s", (_name, answer, opened, expected) => {
    expect(citationOrder(answer, SOURCES, opened).map((s) => s.n)).toEqual(expected);
  });

  it("skips a saved source that is no longer available", () => {
    const sources = [source(1), source(2, { unavailable: true }), source(3)];
    expect(citationOrder("A [1]. B [2]. C [3].", sources, 3).map((s) => s.n)).toEqual([1, 3]);
    expect(citationOrder("A [1].", sources, 3).map((s) => s.n)).toEqual([1, 3]);
  });
});

describe("claimForMarker", () => {
  const claims: AskClaim[] = [
    { text: "A.", citations: [1], support: "supported" },
    { text: "B.", citations: [2, 3], support: "weak" },
    { text: "C.", citations: [3], support: "unsupported" },
  ];
  it.each([
    [0, 1, "A."],
    [1, 2, "B."],
    [2, 3, "B."],
    [3, 3, "C."],
    [1, 1, null],
    [4, 1, null],
  ])("marker %i citing [%i] lies in claim %s", (occurrence, n, expected) => {
    expect(claimForMarker(claims, occurrence, n)?.text ?? null).toBe(expected);
  });
});

describe("targetFor", () => {
  const passage = { page: 4, start: 10, end: 60 };
  const withPassage = source(2, { passage });
  const claimIn = (documentId: string): AskClaim => ({
    text: "X [2].",
    citations: [2],
    support: "supported",
    span: { documentId, page: 5, start: 100, end: 140 },
  });

  it.each([
    [
      "the claim's span in the source's document",
      withPassage,
      claimIn("doc-2"),
      "claim",
      5,
      { start: 100, end: 140 },
    ],
    [
      "the passage when the claim's span is in another document",
      withPassage,
      claimIn("doc-9"),
      "passage",
      4,
      { start: 10, end: 60 },
    ],
    ["the passage without a claim", withPassage, null, "passage", 4, { start: 10, end: 60 }],
    ["the snippet on the first page without either", source(2), null, "snippet", 3, null],
    [
      "the snippet when the passage is empty",
      source(2, { passage: { page: 4, start: 5, end: 5 } }),
      null,
      "snippet",
      3,
      null,
    ],
  ] as const)("uses %s", (_name, src, claim, from, page, span) => {
    const target = targetFor(src, claim);
    expect(target).toMatchObject({ n: 2, documentId: "doc-2", from, page, span });
  });

  it("keeps the page label for the header", () => {
    expect(targetFor(source(1, { pageLabel: "Slide 2" }), null).pageLabel).toBe("Slide 2");
  });
});

describe("claimsOf", () => {
  it.each([
    [{ claims: [{ text: "A.", citations: [1], support: "supported" }] }, 1],
    [{ claims: "not a list" }, 0],
    [{}, 0],
  ])("reads %j", (state, count) => {
    expect(claimsOf(state)).toHaveLength(count);
  });
});
