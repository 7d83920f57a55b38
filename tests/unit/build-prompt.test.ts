import { describe, expect, it } from "vitest";
import { buildAnswerPrompt, NOT_IN_DOCUMENTS } from "@/lib/answer/build-prompt";

const source = (n: number, words: number) => ({
  n,
  title: `Doc ${n}`,
  pageStart: n,
  pageEnd: n,
  text: Array.from({ length: words }, (_, i) => `word${i}`).join(" "),
});

describe("buildAnswerPrompt", () => {
  it("numbers sources with title and page and tells the model to cite and not invent", () => {
    const { messages, sources } = buildAnswerPrompt({
      question: "What is it?",
      sources: [source(1, 10), { ...source(2, 10), pageEnd: 3 }],
      contextSize: 8192,
    });
    expect(sources).toHaveLength(2);
    expect(messages[0]?.role).toBe("system");
    expect(messages[0]?.content).toContain(NOT_IN_DOCUMENTS);
    expect(messages[0]?.content).toMatch(/cite/i);
    expect(messages[1]?.content).toContain("[1] (Doc 1, page 1)");
    expect(messages[1]?.content).toContain("[2] (Doc 2, pages 2-3)");
    expect(messages[1]?.content.trim().endsWith("Question: What is it?")).toBe(true);
  });

  it.each([
    { name: "a slide", pageLabel: "Slide 3", header: "[1] (Deck, Slide 3)" },
    { name: "a sheet", pageLabel: "Sheet: Budget", header: "[1] (Deck, Sheet: Budget)" },
    { name: "a printed page", pageLabel: undefined, header: "[1] (Deck, pages 3-4)" },
  ])("cites $name where a reader would find it", ({ pageLabel, header }) => {
    const { messages } = buildAnswerPrompt({
      question: "q",
      sources: [
        { ...source(1, 10), title: "Deck", pageStart: 3, pageEnd: 4, ...(pageLabel ? { pageLabel } : {}) },
      ],
      contextSize: 8192,
    });
    expect(messages[1]?.content).toContain(header);
  });

  it("drops lower-ranked sources that do not fit the context window", () => {
    const { sources } = buildAnswerPrompt({
      question: "q",
      sources: [source(1, 1000), source(2, 1000), source(3, 1000), source(4, 1000)],
      contextSize: 8192,
      reserveForAnswer: 512,
    });
    // Each source is about 2,000 tokens (7,900 characters / 4): three fit in 8,192 - 512.
    expect(sources.map((s) => s.n)).toEqual([1, 2, 3]);
  });
});
