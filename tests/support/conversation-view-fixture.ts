import type { SourceView } from "@/lib/answer/answer-events";
import type { ConversationView, TurnView } from "@/lib/conversations/conversation-view";

/** A source as a finished answer lists it; override what the case is about. */
export function sourceFixture(n: number, overrides: Partial<SourceView> = {}): SourceView {
  return {
    n,
    chunkId: `chunk-${n}`,
    documentId: `doc-${n}`,
    title: `Document ${n}`,
    pageStart: n + 1,
    pageEnd: n + 1,
    ocr: false,
    snippet: `Passage ${n}.`,
    ...overrides,
  };
}

export function turnFixture(overrides: Partial<TurnView> = {}): TurnView {
  return {
    answerId: "answer-1",
    question: "What is the adult dose of amoxicillin?",
    searchQuery: null,
    answer: "Adults take 500 mg every 8 hours [1].",
    status: "complete",
    abstained: false,
    mode: "hybrid",
    model: { name: "llama3.1:8b", digest: "sha256:0123456789abcdef" },
    createdAt: "2026-11-23T10:15:00.000Z",
    sources: [sourceFixture(1, { title: "Antibiotic protocol", pageStart: 4, pageEnd: 4 })],
    cited: [1],
    claims: [],
    feedback: null,
    ...overrides,
  };
}

export function conversationFixture(
  turns: TurnView[],
  overrides: Partial<ConversationView> = {},
): ConversationView {
  return {
    id: "conv-1",
    title: "Amoxicillin dosing",
    createdAt: "2026-11-23T10:15:00.000Z",
    updatedAt: "2026-11-23T10:20:00.000Z",
    turns,
    ...overrides,
  };
}
