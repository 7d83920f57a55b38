import { describe, expect, it } from "vitest";
import { toAskEvent } from "@/app/components/ask/ask-events";
import { askReducer, initialAskState } from "@/app/components/ask/ask-state";

const source = {
  n: 1,
  chunkId: "c1",
  documentId: "d1",
  title: "clinic-handbook",
  pageStart: 4,
  pageEnd: 4,
  ocr: false,
  snippet: "Autoclave at 134 degrees.",
};

describe("toAskEvent", () => {
  it("decodes sources with their retrieval mode", () => {
    expect(
      toAskEvent({ event: "sources", data: JSON.stringify({ sources: [source], mode: "keyword" }) }),
    ).toEqual({
      type: "sources",
      sources: [source],
      mode: "keyword",
    });
  });

  it("fills in a missing page end and snippet", () => {
    const partial = { n: 2, chunkId: "c2", documentId: "d1", title: "t", pageStart: 3 };
    const event = toAskEvent({
      event: "sources",
      data: JSON.stringify({ sources: [partial], mode: "hybrid" }),
    });
    expect(event).toMatchObject({ sources: [{ n: 2, pageEnd: 3, snippet: "" }] });
  });

  it.each([
    {
      name: "a slide label and OCR",
      sent: { pageLabel: "Slide 2", ocr: true },
      pageLabel: "Slide 2",
      ocr: true,
    },
    { name: "neither (an older server)", sent: {}, pageLabel: undefined, ocr: false },
    {
      name: "an empty label and a non-boolean OCR flag",
      sent: { pageLabel: "", ocr: "yes" },
      pageLabel: undefined,
      ocr: false,
    },
  ])("decodes the location label and OCR mark: $name", ({ sent, pageLabel, ocr }) => {
    const event = toAskEvent({
      event: "sources",
      data: JSON.stringify({ sources: [{ ...source, ocr: undefined, ...sent }], mode: "hybrid" }),
    });
    const decoded = event?.type === "sources" ? event.sources[0] : undefined;
    expect(decoded?.pageLabel).toBe(pageLabel);
    expect(decoded && "pageLabel" in decoded).toBe(pageLabel !== undefined);
    expect(decoded?.ocr).toBe(ocr);
  });

  it("decodes tokens and done", () => {
    expect(toAskEvent({ event: "token", data: '{"text":"Hel"}' })).toEqual({ type: "token", text: "Hel" });
    const done = {
      answerId: "a1",
      answer: "Yes [1].",
      citations: [{ n: 1, documentId: "d1", pageStart: 4, pageEnd: 4, ocr: false }],
      abstained: false,
      model: { name: "llama3.1:8b", digest: "sha256:abc" },
      claims: [{ text: "Yes [1].", citations: [1], support: "supported" }],
    };
    expect(toAskEvent({ event: "done", data: JSON.stringify(done) })).toEqual({ type: "done", ...done });
  });

  it("decodes server errors", () => {
    expect(toAskEvent({ event: "error", data: '{"code":"MODEL_UNAVAILABLE","message":"Down."}' })).toEqual({
      type: "error",
      code: "MODEL_UNAVAILABLE",
      message: "Down.",
    });
  });

  it("reports malformed JSON in an essential event as an error", () => {
    expect(toAskEvent({ event: "done", data: "{not json" })).toMatchObject({
      type: "error",
      code: "BAD_STREAM",
    });
  });

  it("ignores unknown events", () => {
    expect(toAskEvent({ event: "heartbeat", data: "{}" })).toBeNull();
  });
});

describe("askReducer", () => {
  it("builds the answer from tokens and replaces it with the final text", () => {
    let state = askReducer(initialAskState, { type: "start", question: "Temp?" });
    state = askReducer(state, {
      type: "event",
      event: { type: "sources", sources: [source], mode: "hybrid" },
    });
    state = askReducer(state, { type: "event", event: { type: "token", text: "134 " } });
    state = askReducer(state, { type: "event", event: { type: "token", text: "degrees" } });
    expect(state).toMatchObject({ phase: "streaming", answer: "134 degrees", mode: "hybrid" });
    state = askReducer(state, {
      type: "event",
      event: {
        type: "done",
        answerId: "a",
        answer: "134 degrees [1].",
        citations: [{ n: 1, documentId: "d1", pageStart: 4, pageEnd: 4, ocr: false }],
        abstained: false,
        model: { name: "m", digest: null },
        claims: [],
      },
    });
    expect(state).toMatchObject({ phase: "done", answer: "134 degrees [1].", citations: [{ n: 1 }] });
  });

  it("keeps the partial answer when stopped and ignores late frames", () => {
    let state = askReducer(initialAskState, { type: "start", question: "q" });
    state = askReducer(state, { type: "event", event: { type: "token", text: "Part" } });
    state = askReducer(state, { type: "stopped" });
    state = askReducer(state, { type: "event", event: { type: "token", text: "late" } });
    expect(state).toMatchObject({ phase: "stopped", answer: "Part" });
  });

  it("records an error and starts clean on the next question", () => {
    let state = askReducer(initialAskState, { type: "start", question: "q" });
    state = askReducer(state, { type: "event", event: { type: "error", code: "X", message: "Boom." } });
    expect(state).toMatchObject({ phase: "error", error: "Boom." });
    state = askReducer(state, { type: "start", question: "again" });
    expect(state).toEqual({ ...initialAskState, phase: "streaming", question: "again" });
  });
});
