import { isRecord } from "../api/guards";
import type { AskCitation, AskClaim, AskDone, AskSource, RetrievalMode } from "../api/types";
import type { SseFrame } from "./parse-sse";

/** The /api/ask stream, decoded into typed events. */
export type AskEvent =
  | { type: "sources"; sources: AskSource[]; mode: RetrievalMode }
  | { type: "token"; text: string }
  | ({ type: "done" } & AskDone)
  | { type: "error"; code: string; message: string }
  | { type: "conversation"; conversationId: string; title: string }
  | { type: "rewrite"; query: string; original: string; fallback: string | null }
  | { type: "history"; history: { includedTurns: number; summarisedTurns: number; droppedTurns: number } };

const count = (value: unknown): number => (typeof value === "number" && value >= 0 ? value : 0);

const MALFORMED: AskEvent = {
  type: "error",
  code: "BAD_STREAM",
  message: "The answer stream could not be read. Please try again.",
};

function isSource(value: unknown): value is AskSource {
  return (
    isRecord(value) &&
    typeof value.n === "number" &&
    typeof value.documentId === "string" &&
    typeof value.title === "string" &&
    typeof value.pageStart === "number"
  );
}

function isSpan(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.documentId === "string" &&
    typeof value.page === "number" &&
    typeof value.start === "number" &&
    typeof value.end === "number" &&
    value.end >= value.start
  );
}

function isClaim(value: unknown): value is AskClaim {
  return (
    isRecord(value) &&
    typeof value.text === "string" &&
    Array.isArray(value.citations) &&
    value.citations.every((n) => typeof n === "number") &&
    (value.support === "supported" || value.support === "weak" || value.support === "unsupported") &&
    (value.span === undefined || isSpan(value.span))
  );
}

function isCitation(value: unknown): value is AskCitation {
  return isRecord(value) && typeof value.n === "number";
}

function normaliseSource(source: AskSource): AskSource {
  const { pageLabel, ...rest } = source;
  return {
    ...rest,
    pageEnd: typeof source.pageEnd === "number" ? source.pageEnd : source.pageStart,
    // An older server sends neither; without a label the page number is shown.
    ...(typeof pageLabel === "string" && pageLabel !== "" ? { pageLabel } : {}),
    ocr: source.ocr === true,
    snippet: typeof source.snippet === "string" ? source.snippet : "",
  };
}

/** Returns null for events this client does not know, so a newer server can add some. */
export function toAskEvent(frame: SseFrame): AskEvent | null {
  let payload: unknown;
  try {
    payload = JSON.parse(frame.data);
  } catch {
    return frame.event === "sources" || frame.event === "done" || frame.event === "error" ? MALFORMED : null;
  }
  if (!isRecord(payload)) return MALFORMED;

  switch (frame.event) {
    case "sources": {
      if (!Array.isArray(payload.sources)) return MALFORMED;
      const mode: RetrievalMode = payload.mode === "keyword" ? "keyword" : "hybrid";
      return { type: "sources", sources: payload.sources.filter(isSource).map(normaliseSource), mode };
    }
    case "token":
      return typeof payload.text === "string" ? { type: "token", text: payload.text } : null;
    case "done": {
      if (typeof payload.answer !== "string") return MALFORMED;
      const model = isRecord(payload.model) ? payload.model : {};
      return {
        type: "done",
        answerId: typeof payload.answerId === "string" ? payload.answerId : "",
        answer: payload.answer,
        citations: Array.isArray(payload.citations) ? payload.citations.filter(isCitation) : [],
        abstained: payload.abstained === true,
        claims: Array.isArray(payload.claims) ? payload.claims.filter(isClaim) : [],
        model: {
          name: typeof model.name === "string" ? model.name : "unknown model",
          digest: typeof model.digest === "string" ? model.digest : null,
        },
      };
    }
    case "error":
      return {
        type: "error",
        code: typeof payload.code === "string" ? payload.code : "ERROR",
        message:
          typeof payload.message === "string" && payload.message !== ""
            ? payload.message
            : "The answer could not be completed.",
      };
    case "conversation":
      return typeof payload.conversationId === "string"
        ? {
            type: "conversation",
            conversationId: payload.conversationId,
            title: typeof payload.title === "string" ? payload.title : "",
          }
        : null;
    case "rewrite":
      return typeof payload.query === "string" && typeof payload.original === "string"
        ? {
            type: "rewrite",
            query: payload.query,
            original: payload.original,
            fallback: typeof payload.fallback === "string" ? payload.fallback : null,
          }
        : null;
    case "history":
      return {
        type: "history",
        history: {
          includedTurns: count(payload.includedTurns),
          summarisedTurns: count(payload.summarisedTurns),
          droppedTurns: count(payload.droppedTurns),
        },
      };
    default:
      return null;
  }
}
