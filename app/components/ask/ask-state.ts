import type { AskCitation, AskClaim, AskSource, ModelRef, RetrievalMode } from "../api/types";
import type { AskEvent } from "./ask-events";

/** "stopped" is the person pressing Stop: the partial answer stays, marked as incomplete. */
export type AskPhase = "idle" | "streaming" | "done" | "stopped" | "error";

export interface AskState {
  phase: AskPhase;
  question: string;
  sources: AskSource[];
  mode: RetrievalMode | null;
  answer: string;
  citations: AskCitation[];
  abstained: boolean;
  model: ModelRef | null;
  /** The claim check of the finished answer: empty while streaming and when none ran. */
  claims: AskClaim[];
  error: string | null;
  /** The stored answer's id, once the server has said it (done event, or a saved turn). */
  answerId: string | null;
  /** The conversation the answer belongs to, from the stream's first event. */
  conversationId: string | null;
  /** The standalone query a follow-up was rewritten into, shown as "Searched for". */
  searchQuery: string | null;
  /** How the earlier turns fitted the model's window. */
  history: AskHistory | null;
  /** A saved answer the model host cut off: shown, marked incomplete. */
  incomplete: boolean;
  /** The asker's rating of a saved answer. */
  feedback: { rating: "up" | "down"; reason: string | null; comment: string | null } | null;
}

export interface AskHistory {
  includedTurns: number;
  summarisedTurns: number;
  droppedTurns: number;
}

export type AskAction =
  | { type: "start"; question: string }
  | { type: "reset" }
  | { type: "event"; event: AskEvent }
  | { type: "stopped" }
  | { type: "failed"; message: string };

export const initialAskState: AskState = {
  phase: "idle",
  question: "",
  sources: [],
  mode: null,
  answer: "",
  citations: [],
  abstained: false,
  model: null,
  claims: [],
  error: null,
  answerId: null,
  conversationId: null,
  searchQuery: null,
  history: null,
  incomplete: false,
  feedback: null,
};

function applyEvent(state: AskState, event: AskEvent): AskState {
  switch (event.type) {
    case "sources":
      return { ...state, sources: event.sources, mode: event.mode };
    case "token":
      return { ...state, answer: state.answer + event.text };
    case "done":
      // The final text is authoritative: it is what was stored and what the citations refer to.
      return {
        ...state,
        phase: "done",
        answer: event.answer,
        citations: event.citations,
        abstained: event.abstained,
        model: event.model,
        claims: event.claims,
        answerId: event.answerId === "" ? null : event.answerId,
      };
    case "error":
      return { ...state, phase: "error", error: event.message };
    case "conversation":
      return { ...state, conversationId: event.conversationId };
    case "rewrite":
      return { ...state, searchQuery: event.query === event.original ? null : event.query };
    case "history":
      return { ...state, history: event.history };
  }
}

export function askReducer(state: AskState, action: AskAction): AskState {
  switch (action.type) {
    case "start":
      return { ...initialAskState, phase: "streaming", question: action.question };
    case "reset":
      return initialAskState;
    case "event":
      // Late frames after a stop or a failure must not resurrect the answer.
      return state.phase === "streaming" ? applyEvent(state, action.event) : state;
    case "stopped":
      return state.phase === "streaming" ? { ...state, phase: "stopped" } : state;
    case "failed":
      return state.phase === "streaming" ? { ...state, phase: "error", error: action.message } : state;
  }
}
