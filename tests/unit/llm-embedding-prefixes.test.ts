import { describe, expect, it } from "vitest";
import { embeddingPrefix, modelBaseName } from "@/lib/llm/embedding-prefixes";

const RETRIEVAL_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

describe("embeddingPrefix", () => {
  it.each([
    ["nomic-embed-text", "search_query: ", "search_document: "],
    ["nomic-embed-text:v1.5", "search_query: ", "search_document: "],
    ["multilingual-e5-large", "query: ", "passage: "],
    ["jeffh/intfloat-e5-base-v2:f16", "query: ", "passage: "],
    ["mxbai-embed-large:335m", RETRIEVAL_INSTRUCTION, ""],
    ["snowflake-arctic-embed:l", RETRIEVAL_INSTRUCTION, ""],
    ["snowflake-arctic-embed2", "", ""],
    ["all-minilm", "", ""],
    ["bge-m3", "", ""],
    ["llama3.1:8b", "", ""],
  ])("%s: query %j, document %j", (model, query, document) => {
    expect(embeddingPrefix(model, "query")).toBe(query);
    expect(embeddingPrefix(model, "document")).toBe(document);
  });

  it("does not mistake names that merely contain e5 for the e5 family", () => {
    expect(embeddingPrefix("dolphine5x", "query")).toBe("");
  });
});

describe("modelBaseName", () => {
  it.each([
    ["nomic-embed-text:latest", "nomic-embed-text"],
    ["hf.co/org/Multilingual-E5-Large:Q8_0", "multilingual-e5-large"],
    ["registry.local:5000/team/mxbai-embed-large", "mxbai-embed-large"],
  ])("%s -> %s", (model, baseName) => {
    expect(modelBaseName(model)).toBe(baseName);
  });
});
