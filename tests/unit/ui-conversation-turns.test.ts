import { describe, expect, it } from "vitest";
import type { AskEvent } from "@/app/components/ask/ask-events";
import { toAskEvent } from "@/app/components/ask/ask-events";
import { askReducer, initialAskState } from "@/app/components/ask/ask-state";
import { turnToAskState } from "@/app/components/conversations/turn-to-ask-state";
import type { TurnView } from "@/lib/conversations/conversation-view";

const frame = (event: string, data: unknown) => ({ event, data: JSON.stringify(data) });

describe("conversation events from the ask stream", () => {
  it.each<[string, ReturnType<typeof frame>, AskEvent | null]>([
    [
      "conversation",
      frame("conversation", { conversationId: "c1", title: "Dose" }),
      { type: "conversation", conversationId: "c1", title: "Dose" },
    ],
    ["conversation without an id", frame("conversation", { title: "Dose" }), null],
    [
      "rewrite",
      frame("rewrite", { query: "zorvaprine dose children", original: "and for children?" }),
      { type: "rewrite", query: "zorvaprine dose children", original: "and for children?", fallback: null },
    ],
    [
      "rewrite that fell back",
      frame("rewrite", { query: "and?", original: "and?", fallback: "timed_out" }),
      { type: "rewrite", query: "and?", original: "and?", fallback: "timed_out" },
    ],
    [
      "history with a bad count",
      frame("history", { includedTurns: 2, summarisedTurns: 1, droppedTurns: "x" }),
      { type: "history", history: { includedTurns: 2, summarisedTurns: 1, droppedTurns: 0 } },
    ],
  ])("decodes %s", (_name, input, expected) => {
    expect(toAskEvent(input)).toEqual(expected);
  });
});

describe("the ask state in a conversation", () => {
  const streaming = askReducer(initialAskState, { type: "start", question: "and for children?" });
  const apply = (events: AskEvent[]) =>
    events.reduce((state, event) => askReducer(state, { type: "event", event }), streaming);

  it("keeps the conversation, the rewritten query, the history report and the answer id", () => {
    const state = apply([
      { type: "conversation", conversationId: "c1", title: "Dose" },
      {
        type: "rewrite",
        query: "and for children zorvaprine",
        original: "and for children?",
        fallback: null,
      },
      { type: "history", history: { includedTurns: 1, summarisedTurns: 0, droppedTurns: 0 } },
      {
        type: "done",
        answerId: "a2",
        answer: "1 mg per kilogram [1].",
        citations: [],
        abstained: false,
        model: { name: "m", digest: null },
        claims: [],
      },
    ]);
    expect(state).toMatchObject({
      phase: "done",
      conversationId: "c1",
      searchQuery: "and for children zorvaprine",
      history: { includedTurns: 1 },
      answerId: "a2",
    });
  });

  it("shows no 'Searched for' when the question was searched as asked", () => {
    const state = apply([
      {
        type: "rewrite",
        query: "and for children?",
        original: "and for children?",
        fallback: "model_failed",
      },
    ]);
    expect(state.searchQuery).toBeNull();
  });

  it("forgets everything on reset", () => {
    expect(
      askReducer(apply([{ type: "conversation", conversationId: "c1", title: "t" }]), { type: "reset" }),
    ).toEqual(initialAskState);
  });
});

describe("turnToAskState", () => {
  const turn: TurnView = {
    answerId: "a1",
    question: "What is the dose?",
    searchQuery: null,
    answer: "40 mg [1] and [2].",
    status: "complete",
    abstained: false,
    mode: "hybrid",
    model: { name: "m", digest: "d" },
    createdAt: "2026-11-23T10:00:00.000Z",
    sources: [
      {
        n: 1,
        chunkId: "k1",
        documentId: "d1",
        title: "Formulary",
        pageStart: 2,
        pageEnd: 2,
        ocr: false,
        snippet: "40 mg",
      },
      {
        n: 2,
        chunkId: "",
        documentId: "",
        title: "Source no longer available",
        pageStart: 0,
        pageEnd: 0,
        ocr: false,
        snippet: "",
        unavailable: true,
      },
    ],
    cited: [1, 2],
    claims: [],
    feedback: { rating: "up", reason: null, comment: null },
  };

  it.each<[TurnView["status"], string, boolean]>([
    ["complete", "done", false],
    ["incomplete", "done", true],
    ["cancelled", "stopped", false],
  ])("shows a %s turn as %s (incomplete: %s)", (status, phase, incomplete) => {
    expect(turnToAskState({ ...turn, status }, "c1")).toMatchObject({ phase, incomplete });
  });

  it("cites only the sources that can still be opened, and keeps the id and feedback", () => {
    const state = turnToAskState(turn, "c1");
    expect(state.citations).toEqual([{ n: 1, documentId: "d1", pageStart: 2, pageEnd: 2, ocr: false }]);
    expect(state).toMatchObject({ answerId: "a1", conversationId: "c1", feedback: { rating: "up" } });
  });
});
