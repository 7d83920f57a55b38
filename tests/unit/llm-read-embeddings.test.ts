import { describe, expect, it } from "vitest";
import { readEmbeddings } from "@/lib/llm/read-embeddings";

describe("readEmbeddings", () => {
  it("accepts one finite vector per input of one dimension", () => {
    expect(
      readEmbeddings(
        {
          embeddings: [
            [0.1, 0.2],
            [0.3, 0.4],
          ],
        },
        2,
        null,
      ),
    ).toEqual({
      ok: true,
      vectors: [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
    });
  });

  it.each([
    ["no embeddings field", { embedding: [0.1] }, 1, null],
    ["not an object", "oops", 1, null],
    ["too few vectors", { embeddings: [[0.1]] }, 2, null],
    ["a string in a vector", { embeddings: [[0.1, "0.2"]] }, 1, null],
    ["a null in a vector", { embeddings: [[0.1, null]] }, 1, null],
    ["an empty vector", { embeddings: [[]] }, 1, null],
    ["mixed dimensions", { embeddings: [[0.1, 0.2], [0.3]] }, 2, null],
    ["a dimension other than earlier batches'", { embeddings: [[0.1, 0.2]] }, 1, 3],
  ])("rejects %s", (_name, body, count, dimension) => {
    expect(readEmbeddings(body, count, dimension).ok).toBe(false);
  });
});
