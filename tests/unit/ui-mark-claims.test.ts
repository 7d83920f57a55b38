import { describe, expect, it } from "vitest";
import type { AskClaim } from "@/app/components/api/types";
import { toAskEvent } from "@/app/components/ask/ask-events";
import { askReducer, initialAskState } from "@/app/components/ask/ask-state";
import { describeClaims, markClaims } from "@/app/components/ask/mark-claims";

const claim = (text: string, support: AskClaim["support"]): AskClaim => ({ text, citations: [], support });

describe("markClaims", () => {
  it("cuts paragraphs into the claims' sentences and the text between them", () => {
    const a = claim("Cycles run at 134 °C [1].", "supported");
    const b = claim("Take vitamin C daily.", "unsupported");
    const c = claim("Visitors leave at eight [2].", "weak");
    const pieces = markClaims(
      ["Cycles run at 134 °C [1]. Take vitamin C daily.", "In short: Visitors leave at eight [2]."],
      [a, b, c],
    );
    expect(pieces).toEqual([
      [{ text: a.text, claim: a }, { text: " " }, { text: b.text, claim: b }],
      [{ text: "In short: " }, { text: c.text, claim: c }],
    ]);
  });

  it("skips a claim it cannot find instead of marking the wrong words", () => {
    const missing = claim("A sentence that is not there.", "unsupported");
    const present = claim("Visitors leave at eight.", "weak");
    expect(markClaims(["Visitors leave at eight."], [missing, present])).toEqual([
      [{ text: present.text, claim: present }],
    ]);
    expect(markClaims(["Plain text."], [])).toEqual([[{ text: "Plain text." }]]);
  });

  it("finds a repeated sentence at its own place, in order", () => {
    const first = claim("Same words.", "supported");
    const second = claim("Same words.", "unsupported");
    const [pieces] = markClaims(["Same words. Same words."], [first, second]);
    expect(pieces?.map((piece) => piece.claim?.support ?? null)).toEqual(["supported", null, "unsupported"]);
  });
});

describe("describeClaims", () => {
  it.each([
    [[], null],
    [[claim("a", "supported")], "Every sentence is supported by the cited sources."],
    [
      [claim("a", "supported"), claim("b", "unsupported")],
      "1 sentence is not supported by the cited sources.",
    ],
    [
      [claim("a", "unsupported"), claim("b", "unsupported"), claim("c", "weak")],
      "2 sentences are not supported by the cited sources. 1 sentence is only partly supported.",
    ],
  ])("%#", (claims, expected) => {
    expect(describeClaims(claims)).toBe(expected);
  });
});

describe("claims in the done event", () => {
  const done = (claims: unknown) =>
    toAskEvent({
      event: "done",
      data: JSON.stringify({ answerId: "a", answer: "x", claims, model: { name: "m" } }),
    });

  it("keeps well-formed claims, with or without a span, and drops malformed ones", () => {
    const good = {
      text: "A.",
      citations: [1],
      support: "weak",
      span: { documentId: "d", page: 2, start: 3, end: 9 },
    };
    const noSpan = { text: "B.", citations: [], support: "unsupported" };
    const event = done([
      good,
      noSpan,
      { text: "C.", citations: ["1"], support: "supported" },
      { text: "D.", citations: [], support: "maybe" },
      {
        text: "E.",
        citations: [],
        support: "supported",
        span: { documentId: "d", page: 1, start: 9, end: 3 },
      },
    ]);
    expect(event).toMatchObject({ type: "done", claims: [good, noSpan] });
  });

  it("puts the claims into the finished state", () => {
    let state = askReducer(initialAskState, { type: "start", question: "q" });
    const claims: AskClaim[] = [claim("x", "unsupported")];
    state = askReducer(state, {
      type: "event",
      event: {
        type: "done",
        answerId: "a",
        answer: "x",
        citations: [],
        abstained: false,
        model: { name: "m", digest: null },
        claims,
      },
    });
    expect(state.claims).toEqual(claims);
    expect(askReducer(state, { type: "start", question: "next" }).claims).toEqual([]);
  });
});
