import { describe, expect, it } from "vitest";
import { buildAnswerPrompt, NOT_IN_DOCUMENTS } from "@/lib/answer/build-prompt";
import { composeReply, GENERIC_REPLY } from "../fake-ollama/compose-reply";
import { hashEmbedding } from "../fake-ollama/hash-embedding";
import { parsePrompt } from "../fake-ollama/parse-prompt";
import { contentWords, stem } from "../fake-ollama/text-analysis";

const dot = (left: number[], right: number[]) =>
  left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);

describe("fake Ollama text analysis", () => {
  it.each([
    ["refunds", "refund"],
    ["refunded", "refund"],
    ["refunding", "refund"],
    ["policies", "policy"],
    ["processes", "process"],
    ["boxes", "box"],
    ["class", "class"],
    ["status", "status"],
  ])("stems %s to %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("drops task prefixes and stop words", () => {
    expect(contentWords("search_query: What is the refund policy?")).toEqual(["refund", "policy"]);
  });
});

describe("fake Ollama hashEmbedding", () => {
  it("is deterministic and unit length", () => {
    const vector = hashEmbedding("Refunds are issued within 30 days.", 768, 0.35);
    expect(vector).toEqual(hashEmbedding("Refunds are issued within 30 days.", 768, 0.35));
    expect(Math.hypot(...vector)).toBeCloseTo(1, 9);
  });

  it("scores unrelated texts at the similarity floor and shared words above it", () => {
    const query = hashEmbedding("refund policy", 768, 0.35);
    expect(dot(query, hashEmbedding("tropical rainforest ecology", 768, 0.35))).toBeCloseTo(0.35, 1);
    expect(dot(query, hashEmbedding("Our refund policy is generous.", 768, 0.35))).toBeGreaterThan(0.7);
  });

  it("gives texts without content words one fixed unit vector", () => {
    expect(hashEmbedding("the of and", 64, 0.35)).toEqual(hashEmbedding("", 64, 0.35));
    expect(Math.hypot(...hashEmbedding("", 64, 0.35))).toBeCloseTo(1, 9);
  });
});

describe("fake Ollama replies", () => {
  const sources = [
    { n: 1, title: "Pets", pageStart: 2, pageEnd: 2, text: "Cats sleep most of the day. Dogs need walks." },
    {
      n: 2,
      title: "Policy",
      pageStart: 3,
      pageEnd: 4,
      text: "Shops open at nine. Refunds are issued within 30 days.",
    },
  ];

  it("reads Quire's own prompt: sources and question", () => {
    const { messages } = buildAnswerPrompt({
      question: "When are refunds issued?",
      sources,
      contextSize: 8192,
    });
    const parsed = parsePrompt(messages);
    expect(parsed.sources.map((source) => source.number)).toEqual([1, 2]);
    expect(parsed.question).toBe("When are refunds issued?");
  });

  it("quotes the best sentence of the best source and cites it", () => {
    const { messages } = buildAnswerPrompt({
      question: "When are refunds issued?",
      sources,
      contextSize: 8192,
    });
    expect(composeReply(messages)).toBe("According to the documents, Refunds are issued within 30 days [2].");
  });

  it("abstains with the phrase Quire's system prompt asks for", () => {
    const { messages } = buildAnswerPrompt({ question: "What is the tax rate?", sources, contextSize: 8192 });
    expect(composeReply(messages)).toBe(NOT_IN_DOCUMENTS);
  });

  it("answers a plain chat generically", () => {
    expect(composeReply([{ role: "user", content: "Hello there" }])).toBe(GENERIC_REPLY);
  });

  it("finds the question as the last paragraph when there is no Question: label", () => {
    const content = "[1] (Doc, page 1)\nThe library closes at six.\n\nWhen does the library close?";
    expect(composeReply([{ role: "user", content }])).toBe(
      "According to the documents, The library closes at six [1].",
    );
  });
});
