import { describe, expect, it } from "vitest";
import { expansionTerms } from "@/lib/retrieval/expansion-terms";
import { keywordWords } from "@/lib/retrieval/search-keywords";

describe("keywordWords", () => {
  it("drops question and function words", () => {
    expect(keywordWords("What is the recommended dosage of Aspirin?")).toEqual([
      "recommended",
      "dosage",
      "aspirin",
    ]);
  });

  it("keeps a query made only of such words", () => {
    expect(keywordWords("The Who")).toEqual(["the", "who"]);
  });
});

describe("expansionTerms", () => {
  const settings = { count: 3, weight: 0.2 };

  it("weights words by their share of each chunk, times the chunk's share of the score", () => {
    const feedback = [
      { text: "statin therapy lowers cholesterol; statin users", score: 3 },
      { text: "cholesterol and lipid rafts", score: 1 },
    ];
    // statin: 2/6 * 3/4 = 0.25; therapy, lowers, users: 1/6 * 3/4 = 0.125; lipid, rafts: 1/4 * 1/4 = 0.0625.
    expect(expansionTerms("cholesterol", feedback, settings)).toEqual([
      { term: "statin", weight: 0.2 },
      { term: "lowers", weight: 0.1 },
      { term: "therapy", weight: 0.1 },
    ]);
  });

  it("leaves out query words and their inflections, stop words, numbers and short words", () => {
    const feedback = [{ text: "Treatment treatments with the 2024 dose of B12: efficacy", score: 1 }];
    expect(expansionTerms("treatments", feedback, { count: 10, weight: 1 }).map((item) => item.term)).toEqual(
      ["dose", "efficacy"],
    );
  });

  it("merges inflections and names them by their most frequent form", () => {
    const feedback = [{ text: "tumours tumours tumour growth", score: 1 }];
    const [first, second, ...rest] = expansionTerms("cancer", feedback, settings);
    expect(first?.term).toBe("tumours");
    expect(first?.weight).toBeCloseTo(0.2, 12);
    expect(second?.term).toBe("growth");
    expect(second?.weight).toBeCloseTo(0.2 / 3, 12);
    expect(rest).toEqual([]);
  });

  it("suggests nothing without feedback", () => {
    expect(expansionTerms("cancer", [], settings)).toEqual([]);
    expect(expansionTerms("cancer", [{ text: "words", score: 0 }], settings)).toEqual([]);
  });
});
