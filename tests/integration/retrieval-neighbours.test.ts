import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCollection } from "@/lib/access/collections/create-collection";
import { allCollections } from "@/lib/access/read-scope";
import { buildAnswerPrompt } from "@/lib/answer/build-prompt";
import { searchChunks } from "@/lib/search/search-chunks";
import { policyApiAs } from "../support/policy-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import { api } from "../support/route-client";

const TOPICS = ["lighthouse", "glacier", "espresso", "volcano", "orchard"];

/** One long paragraph per topic, each about a chunk long, so the document is chunked topic by topic. */
function handbook(): string {
  const paragraph = (topic: string) =>
    Array.from(
      { length: 32 },
      (_, i) => `The ${topic} record ${i} keeps the ${topic} detail of item ${i}.`,
    ).join(" ");
  return [
    "# Field handbook",
    "",
    ...TOPICS.flatMap((topic) => [`## ${topic}`, "", paragraph(topic), ""]),
  ].join("\n");
}

let harness: Harness;

async function upload(collection: string, name: string): Promise<string> {
  const response = await api.upload([{ name, bytes: new TextEncoder().encode(handbook()) }], { collection });
  expect(response.status).toBe(202);
  const body = (await response.json()) as { documents: Array<{ id: string }> };
  return body.documents[0]?.id ?? "";
}

beforeAll(async () => {
  harness = await startHarness({ QUIRE_NEIGHBOUR_CHUNKS: "1" });
  createCollection(harness.services, "open-shelf");
  createCollection(harness.services, "masked-shelf");
  const policy = { action: "mask_for_model", kinds: ["email"], mrnPatterns: [] };
  expect((await policyApiAs().put("masked-shelf", policy)).status).toBe(200);
  await upload("open-shelf", "open.md");
  await harness.drainQueue();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe("neighbour context", () => {
  it("gives the hit the chunks before and after it, leaving its own text and location alone", async () => {
    const result = await searchChunks(harness.services, allCollections(), {
      query: "espresso detail record",
      k: 1,
    });
    const [hit] = result.hits;
    expect(hit?.text).toContain("espresso");
    expect(hit?.text).not.toContain("glacier");
    expect(hit?.context?.before).toContain("glacier record");
    expect(hit?.context?.after).toContain("volcano record");

    const prompt = buildAnswerPrompt({
      question: "espresso detail",
      contextSize: 8192,
      sources: result.hits.map((source, i) => ({ ...source, n: i + 1 })),
    });
    const user = prompt.messages.at(-1)?.content ?? "";
    expect(user).toContain("glacier record");
    expect(user.indexOf("glacier record")).toBeLessThan(user.indexOf("espresso record"));
    expect(user.indexOf("volcano record")).toBeGreaterThan(user.indexOf("espresso record"));

    // A small window keeps the passage and drops the context.
    const tight = buildAnswerPrompt({
      question: "espresso detail",
      contextSize: 2048,
      reserveForAnswer: 900,
      sources: result.hits.map((source, i) => ({ ...source, n: i + 1 })),
    });
    expect(tight.sources).toHaveLength(1);
    expect(tight.messages.at(-1)?.content).toContain("espresso record");
    expect(tight.messages.at(-1)?.content).not.toContain("glacier record");
  });

  it("adds no neighbours from a collection masked for the model", async () => {
    const maskedId = await upload("masked-shelf", "masked.md");
    await harness.drainQueue();
    const result = await searchChunks(harness.services, allCollections(), {
      query: "espresso detail record",
      k: 1,
      filter: { documentIds: [maskedId] },
    });
    expect(result.hits[0]?.documentId).toBe(maskedId);
    expect(result.hits[0]?.text).toContain("espresso record");
    expect(result.hits[0]?.context).toBeUndefined();
  });
});
