import type { ClaimView, SourceView } from "@/lib/answer/answer-events";
import type { ModelRef, RetrievalMode } from "@/lib/domain/types";

/** A conversation as its owner sees it: what GET /api/conversations/[id] answers and exports render. */
export interface ConversationView {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; a regenerated answer replaces the one it was regenerated from. */
  turns: TurnView[];
}

export interface TurnView {
  answerId: string;
  question: string;
  /** The standalone query retrieval used, when the question was rewritten from the conversation. */
  searchQuery: string | null;
  answer: string;
  /** "incomplete": cut off by a model-host failure; "cancelled": stopped by the person. */
  status: "complete" | "incomplete" | "cancelled";
  abstained: boolean;
  mode: RetrievalMode;
  model: ModelRef;
  createdAt: string;
  /** Only sources the viewer may still read; others are listed as unavailable. */
  sources: SourceView[];
  /** Numbers of the sources the answer cites. */
  cited: number[];
  claims: ClaimView[];
  /** The asker's own rating of this answer, if any. */
  feedback: { rating: "up" | "down"; reason: string | null; comment: string | null } | null;
}

/** A conversation in the list: newest activity first. */
export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: string;
  turnCount: number;
}
