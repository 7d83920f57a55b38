import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeSnippet } from "@/lib/retrieval/make-snippet";

const filler = (word: string, count: number) => Array.from({ length: count }, () => word).join(" ");

describe("makeSnippet", () => {
  it("returns short text whole, with whitespace collapsed", () => {
    expect(makeSnippet("  Aspirin\n\nthins   the blood. ", "aspirin")).toBe("Aspirin thins the blood.");
  });

  it("centres on the densest cluster of query terms, with ellipses on both sides", () => {
    const text = `${filler("lorem", 60)} aspirin once ${filler("ipsum", 60)} the aspirin dosage for adults is 300 mg ${filler("dolor", 60)}`;
    const snippet = makeSnippet(text, "aspirin dosage", 80);
    expect(snippet.length).toBeLessThanOrEqual(80);
    expect(snippet).toContain("aspirin dosage for adults");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
  });

  it("cuts only at word boundaries", () => {
    const text = `${filler("alphabet", 40)} needle ${filler("zebracorn", 40)}`;
    const snippet = makeSnippet(text, "needle", 60);
    const words = snippet.replaceAll("…", "").trim().split(" ");
    expect(words).toContain("needle");
    for (const word of words) expect(["alphabet", "needle", "zebracorn"]).toContain(word);
  });

  it("matches inflections of the query words", () => {
    const text = `${filler("lorem", 80)} several treatments exist ${filler("ipsum", 80)}`;
    expect(makeSnippet(text, "treatment", 60)).toContain("treatments");
  });

  it("starts at the beginning when nothing matches", () => {
    const text = `First words here. ${filler("more", 100)}`;
    const snippet = makeSnippet(text, "absent", 50);
    expect(snippet.startsWith("First words here.")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(50);
  });

  it("defaults to 240 characters", () => {
    expect(makeSnippet(filler("word", 200), "word").length).toBeLessThanOrEqual(240);
  });

  it("shows a query word whenever the text contains one and there is room for it", () => {
    const vocabulary = ["river", "stone", "bridge", "lantern", "meadow", "copper"];
    const word = fc.constantFrom(...vocabulary);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 20, max: 300 }),
        (words, pick, max) => {
          const target = words[pick % words.length] ?? "river";
          const snippet = makeSnippet(words.join(" "), target, max);
          expect(snippet.length).toBeLessThanOrEqual(max);
          expect(snippet.split(/[ …]+/)).toContain(target);
        },
      ),
    );
  });

  it("never exceeds maxChars and never throws", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 600 }),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 1, max: 300 }),
        (text, query, max) => {
          expect(makeSnippet(text, query, max).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
