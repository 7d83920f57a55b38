import { describe, expect, it } from "vitest";
import { RANKING_SCHEMA, rerankPrompt } from "@/lib/retrieval/rerank-listwise";
import { composeFormatted, isRerankFormat } from "../fake-ollama/compose-rerank";

const RAG = [
  { role: "system", content: "Answer from the sources." },
  {
    role: "user",
    content:
      "Sources:\n\n[1] (Guide, p. 1)\nThe tide is high twice a day.\n\nQuestion: when is the tide high?",
  },
];

describe("the fake Ollama's structured outputs", () => {
  it("ranks rerank passages by the question words they share, as valid JSON", () => {
    const passages = [
      { title: "Notes", text: "Chess openings for beginners." },
      { title: "Harbour", text: "The tide is high twice a day at the harbour." },
      { title: "Tides", text: "Tide tables list the tide." },
    ];
    const reply = composeFormatted(RANKING_SCHEMA, [
      { role: "user", content: rerankPrompt("when is the tide high at the harbour", passages) },
    ]);
    expect(JSON.parse(reply ?? "")).toEqual({ ranking: [2, 3, 1] });
  });

  it.each([
    { format: undefined, json: null },
    { format: "json", json: { answer: "According to the documents, The tide is high twice a day [1]." } },
    {
      format: {
        type: "object",
        properties: { verdict: { type: "string" }, score: { type: "integer" }, tags: { type: "array" } },
      },
      json: { verdict: "According to the documents, The tide is high twice a day [1].", score: 0, tags: [] },
    },
  ])("answers format $format with JSON matching it", ({ format, json }) => {
    const reply = composeFormatted(format, RAG);
    expect(reply === null ? null : JSON.parse(reply)).toEqual(json);
  });

  it("tells rerank schemas from others", () => {
    expect(isRerankFormat(RANKING_SCHEMA)).toBe(true);
    expect(isRerankFormat({ type: "object", properties: { ranking: { type: "string" } } })).toBe(false);
    expect(isRerankFormat("json")).toBe(false);
  });
});
