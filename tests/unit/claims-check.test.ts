import { describe, expect, it } from "vitest";
import { checkClaims } from "@/lib/claims/check-claims";
import { textFeatures } from "@/lib/claims/claim-features";
import type { EvidenceSource } from "@/lib/claims/evidence-windows";
import {
  NEGATION_PENALTY,
  SIMILARITY_MIN_RECALL,
  SUPPORTED_RECALL,
  SUPPORTED_SIMILARITY,
  scoreEvidence,
  WEAK_RECALL,
} from "@/lib/claims/judge-support";
import { matchLexically } from "@/lib/claims/match-lexically";
import { readQuantities } from "@/lib/claims/read-quantities";

const PROTOCOL =
  "Adults with community-acquired pneumonia receive amoxicillin 500 mg three times daily for five days. " +
  "Do not give amoxicillin to patients with a penicillin allergy; use doxycycline 100 mg twice daily instead.";
const HANDBOOK =
  "Sterilisation of Surgical Instruments\n\nProcedure 3.11 explains how steam and pressure are handled. " +
  "Autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius for eighteen minutes.";

const SOURCES: EvidenceSource[] = [
  { n: 1, documentId: "protocol", pageStart: 2, pageEnd: 2, text: PROTOCOL },
  { n: 2, documentId: "handbook", pageStart: 3, pageEnd: 3, text: HANDBOOK },
];

// The stored page texts: the same words as the chunks, wrapped and hyphenated differently.
const PAGES: Record<string, string> = {
  "protocol:2": `Treatment\n\n${PROTOCOL.replace("community-acquired", "community-\nacquired")}`,
  "handbook:3": `Welcome\n\n${HANDBOOK.replace("wrapped surgical", "wrapped\n  surgical")}`,
};

const noEmbeddings = { embed: () => Promise.reject(new Error("model host down")) };
const deps = {
  llm: noEmbeddings,
  readPage: (documentId: string, page: number) => PAGES[`${documentId}:${page}`],
};

async function checkOne(sentence: string) {
  const [claim] = await checkClaims(deps, { answer: sentence, sources: SOURCES });
  return claim;
}

describe("claim check on realistic paraphrases (words and numbers alone)", () => {
  it.each([
    [
      "verbatim",
      "Autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius for eighteen minutes [2].",
      "supported",
    ],
    [
      "framed verbatim",
      "According to the documents, autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius for eighteen minutes [2].",
      "supported",
    ],
    [
      "paraphrase with units and digits",
      "Wrapped surgical instruments are autoclaved at 134 °C for 18 minutes [2].",
      "supported",
    ],
    [
      "dosing paraphrase",
      "Adults with community-acquired pneumonia should take 500 mg of amoxicillin three times a day for five days [1].",
      "supported",
    ],
    ["both negated", "Amoxicillin must not be given to patients with a penicillin allergy [1].", "supported"],
    [
      "changed dose",
      "Adults with pneumonia receive amoxicillin 250 mg three times daily [1].",
      "unsupported",
    ],
    [
      "changed duration",
      "Adults with community-acquired pneumonia receive amoxicillin 500 mg three times daily for seven days [1].",
      "unsupported",
    ],
    [
      "changed temperature",
      "Wrapped surgical instruments are autoclaved at 121 °C for 18 minutes [2].",
      "unsupported",
    ],
    ["changed unit", "Adults with pneumonia receive amoxicillin 500 g three times daily [1].", "unsupported"],
    ["invented fact sharing the dose", "Patients should also take 500 mg of vitamin C daily.", "unsupported"],
    ["invented fact, cited", "Pneumonia patients need a chest X-ray every morning [1].", "unsupported"],
    ["negated fact", "Amoxicillin can be given to patients with a penicillin allergy [1].", "unsupported"],
    [
      "uncited but supported elsewhere",
      "Autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius [1].",
      "weak",
    ],
    [
      "no citation, supported",
      "Autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius.",
      "weak",
    ],
    [
      "two facts fused, one cited",
      "Autoclave cycles for wrapped instruments run at 134 degrees Celsius, and adults with pneumonia receive amoxicillin [2].",
      "weak",
    ],
  ])("%s -> %s", async (_case, sentence, expected) => {
    const claim = await checkOne(sentence);
    expect(claim?.text).toBe(sentence);
    expect(claim?.support).toBe(expected);
  });

  it("gives a supported claim a span whose offsets select the supporting sentence on the stored page", async () => {
    const claim = await checkOne("Wrapped surgical instruments are autoclaved at 134 °C for 18 minutes [2].");
    const span = claim?.span;
    expect(span).toMatchObject({ documentId: "handbook", page: 3 });
    const page = PAGES["handbook:3"] ?? "";
    expect(page.slice(span?.start, span?.end)).toBe(
      "Autoclave cycles for wrapped\n  surgical instruments run at 134 degrees Celsius for eighteen minutes.",
    );
  });

  it("points a weak claim's span at the source that supports it, not the one it cites", async () => {
    const claim = await checkOne(
      "Autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius [1].",
    );
    expect(claim).toMatchObject({
      citations: [1],
      support: "weak",
      span: { documentId: "handbook", page: 3 },
    });
  });

  it("locates a span across a hyphenated line break", async () => {
    const claim = await checkOne(
      "Adults with community-acquired pneumonia receive amoxicillin 500 mg three times daily for five days [1].",
    );
    const page = PAGES["protocol:2"] ?? "";
    expect(page.slice(claim?.span?.start, claim?.span?.end)).toMatch(
      /^Adults with community-\nacquired .* five days\.$/,
    );
  });

  it("gives no span to an unsupported claim", async () => {
    expect((await checkOne("Patients should also take 500 mg of vitamin C daily."))?.span).toBeUndefined();
  });

  it("still decides when the embedding model never answers", async () => {
    const hanging = { embed: () => new Promise<number[][]>(() => {}) };
    const started = Date.now();
    const claims = await checkClaims(
      { ...deps, llm: hanging },
      {
        answer:
          "Autoclave cycles for wrapped instruments run at 134 degrees Celsius, and adults with pneumonia receive amoxicillin [2].",
        sources: SOURCES,
        embedTimeoutMs: 50,
      },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(claims[0]?.support).toBe("weak");
  });

  it("lets a high embedding similarity lift a partly worded paraphrase, with one batched call per kind", async () => {
    const calls: Array<{ kind: string; count: number }> = [];
    // Claims point one way; the autoclave passages almost the same way, everything else elsewhere.
    const embed = (texts: string[], kind: "query" | "document") => {
      calls.push({ kind, count: texts.length });
      return Promise.resolve(
        texts.map((text) => (kind === "query" ? [1, 0] : /autoclave/i.test(text) ? [0.95, 0.31] : [0, 1])),
      );
    };
    const [claim] = await checkClaims(
      { ...deps, llm: { embed } },
      {
        answer:
          "Autoclave cycles for wrapped instruments run at 134 degrees Celsius, and adults with pneumonia receive amoxicillin [2].",
        sources: SOURCES,
      },
    );
    expect(claim?.support).toBe("supported");
    expect(calls.map((call) => call.kind).sort()).toEqual(["document", "query"]);
  });
});

describe("scoreEvidence thresholds", () => {
  const match = (
    recall: number,
    extra: Partial<{ quantitiesMatch: boolean; negationMismatch: boolean }> = {},
  ) => ({
    recall,
    quantitiesMatch: true,
    negationMismatch: false,
    ...extra,
  });
  it.each([
    ["full recall", match(1), null, 2],
    ["at the supported threshold", match(SUPPORTED_RECALL), null, 2],
    ["just below it", match(SUPPORTED_RECALL - 0.01), null, 1],
    ["at the weak threshold", match(WEAK_RECALL), null, 1],
    ["below it", match(WEAK_RECALL - 0.01), null, 0],
    ["a number missing", match(1, { quantitiesMatch: false }), 0.99, 0],
    [
      "negation flipped",
      match(1, { negationMismatch: true }),
      null,
      1 * NEGATION_PENALTY >= WEAK_RECALL ? 1 : 0,
    ],
    ["similar and half worded", match(WEAK_RECALL), SUPPORTED_SIMILARITY, 2],
    ["similar and barely worded", match(SIMILARITY_MIN_RECALL), SUPPORTED_SIMILARITY, 1],
    ["similar, no words in common", match(0.1), 0.99, 0],
    ["similar but negation flipped", match(1, { negationMismatch: true }), 0.99, 0],
    ["dissimilar, words decide", match(1), 0.1, 2],
  ])("%s", (_case, lexical, similarity, level) => {
    expect(scoreEvidence(lexical, similarity).level).toBe(level);
  });
});

describe("lexical features", () => {
  it.each([
    ["500 mg of amoxicillin", [{ value: 500, unit: "mg" }]],
    ["2.5 mg twice", [{ value: 2.5, unit: "mg" }]],
    [
      "134 °C for eighteen minutes",
      [
        { value: 134, unit: "deg" },
        { value: 18, unit: "min" },
      ],
    ],
    ["1,000 IU daily", [{ value: 1000, unit: "iu" }]],
    ["twenty-five milligrams", [{ value: 25, unit: "mg" }]],
    ["the one on the left", []],
  ])("reads the quantities of %j", (text, expected) => {
    expect(readQuantities(text)).toEqual(expected);
  });

  it("ignores framing words and citation numbers, and reads negation", () => {
    const claim = textFeatures("According to the documents, amoxicillin is not given [2].");
    expect(claim.terms).toEqual(["amoxicillin", "given"].map((w) => textFeatures(w).terms[0]));
    expect(claim.quantities).toEqual([]);
    expect(claim.negated).toBe(true);
  });

  it("matches derivational variants but not different numbers", () => {
    const evidence = textFeatures("Sterilisation takes eighteen minutes.");
    expect(matchLexically(textFeatures("Sterilised in 18 minutes"), evidence)).toMatchObject({
      recall: 1,
      quantitiesMatch: true,
    });
    expect(matchLexically(textFeatures("Sterilised in 20 minutes"), evidence).quantitiesMatch).toBe(false);
  });
});
