import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/lib/domain/types";
import { assessRelevance } from "@/lib/retrieval/assess-relevance";
import { lightStem } from "@/lib/retrieval/query-terms";

function hit(text: string, extra: Partial<SearchHit> = {}): SearchHit {
  return {
    chunkId: "c",
    documentId: "d",
    title: "t",
    text,
    pageStart: 1,
    pageEnd: 1,
    headingPath: [],
    ocr: false,
    score: 0.03,
    ...extra,
  };
}

const MIN = { minSimilarity: 0.45 };

describe("assessRelevance", () => {
  const cases: Array<{ name: string; query: string; hits: SearchHit[]; relevant: boolean }> = [
    { name: "no hits", query: "aspirin dosage", hits: [], relevant: false },
    {
      name: "similarity at the threshold",
      query: "anything",
      hits: [hit("x", { similarity: 0.45 })],
      relevant: true,
    },
    {
      name: "similarity below the threshold, even with matching words",
      query: "aspirin dosage",
      hits: [hit("aspirin dosage", { similarity: 0.44, keywordRank: 0 })],
      relevant: false,
    },
    {
      name: "best similarity among hits, not the first hit's",
      query: "q",
      hits: [hit("a", { keywordRank: 0 }), hit("b", { similarity: 0.2 }), hit("c", { similarity: 0.7 })],
      relevant: true,
    },
    {
      name: "keyword mode: both terms of a two-term query",
      query: "What is the aspirin dosage?",
      hits: [hit("The usual aspirin dosage is 300 mg.", { keywordRank: 0 })],
      relevant: true,
    },
    {
      name: "keyword mode: one of two terms is not enough",
      query: "aspirin dosage",
      hits: [hit("Dosage tables for children.", { keywordRank: 0 })],
      relevant: false,
    },
    {
      name: "keyword mode: stemming joins inflections",
      query: "treatments",
      hits: [hit("This treatment works.", { keywordRank: 0 })],
      relevant: true,
    },
    {
      name: "keyword mode: half of four terms",
      query: "river flooding insurance claims",
      hits: [hit("Claims after the river rose.", { keywordRank: 0 })],
      relevant: true,
    },
    {
      name: "keyword mode: one of four terms",
      query: "river flooding insurance claims",
      hits: [hit("The river is long.", { keywordRank: 0 })],
      relevant: false,
    },
    {
      name: "keyword mode: a lower-ranked hit covering more terms decides",
      query: "aspirin dosage",
      hits: [hit("aspirin aspirin aspirin", { keywordRank: 0 }), hit("aspirin dosage", { keywordRank: 1 })],
      relevant: true,
    },
    {
      name: "keyword mode: a question of stop words only",
      query: "what is it about?",
      hits: [hit("what is it about", { keywordRank: 0 })],
      relevant: false,
    },
  ];

  it.each(cases)("$name", ({ query, hits, relevant }) => {
    const verdict = assessRelevance(query, hits, MIN);
    expect(verdict.relevant).toBe(relevant);
    expect(verdict.reason.length).toBeGreaterThan(0);
  });

  it("explains the decision with the numbers it used", () => {
    expect(assessRelevance("q", [hit("x", { similarity: 0.3 })], MIN).reason).toContain("0.300");
    expect(assessRelevance("aspirin dosage", [hit("aspirin", { keywordRank: 0 })], MIN).reason).toContain(
      "1 of 2",
    );
  });
});

describe("lightStem", () => {
  it.each([
    ["treatments", "treatment"],
    ["treated", "treat"],
    ["treating", "treat"],
    ["running", "run"],
    ["stopped", "stop"],
    ["policies", "policy"],
    ["classes", "class"],
    ["analysis", "analysis"],
  ])("%s -> %s", (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });

  it("maps a word and its inflections to the same key", () => {
    expect(new Set(["make", "makes", "making"].map(lightStem)).size).toBe(1);
    expect(new Set(["box", "boxes"].map(lightStem)).size).toBe(1);
  });
});
