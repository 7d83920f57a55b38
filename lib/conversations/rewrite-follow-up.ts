import { toAppError } from "@/lib/errors/app-error";
import type { LlmClient } from "@/lib/llm";
import { collectChat } from "./collect-chat";
import type { PastTurn } from "./past-turn";
import { buildRewriteMessages } from "./rewrite-prompt";
import { MAX_SEARCH_QUERY, sanitiseSearchQuery } from "./sanitise-search-query";

export interface FollowUpRewrite {
  /** What retrieval searches for. */
  query: string;
  /** The question as the person asked it. */
  original: string;
  /** Why the question itself is searched for instead of a rewrite, when it is. */
  fallback?: "model_failed" | "timed_out" | "unusable_reply";
}

const REWRITE_TIMEOUT_MS = 10_000;

/**
 * Turns a follow-up ("and for children?") into a standalone search query with the chat model.
 * Never fails: when the host fails, is slow or replies with nothing usable, the question itself
 * is searched for and `fallback` says why.
 */
export async function rewriteFollowUp(
  llm: LlmClient,
  input: {
    turns: readonly PastTurn[];
    question: string;
    numCtx: number;
    signal?: AbortSignal;
    /** Applied to everything sent (the sensitive data guard); a throw means nothing is sent. */
    mask?: (text: string) => string;
  },
): Promise<FollowUpRewrite> {
  const original = input.question;
  let reply: string;
  try {
    const mask = input.mask ?? ((text: string) => text);
    const messages = buildRewriteMessages(input.turns, original).map((message) => ({
      ...message,
      content: mask(message.content),
    }));
    reply = await collectChat(llm, messages, {
      signal: input.signal,
      timeoutMs: REWRITE_TIMEOUT_MS,
      maxChars: MAX_SEARCH_QUERY * 4,
      numCtx: input.numCtx,
    });
  } catch (error) {
    // The person's own abort is passed on; the rewrite's own time limit is a fallback.
    if (input.signal?.aborted) throw error;
    const timedOut = isTimeout(error);
    return { query: original, original, fallback: timedOut ? "timed_out" : "model_failed" };
  }
  const query = sanitiseSearchQuery(reply);
  return query === null ? { query: original, original, fallback: "unusable_reply" } : { query, original };
}

function isTimeout(error: unknown): boolean {
  if (error instanceof DOMException && error.name === "TimeoutError") return true;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof DOMException && cause.name === "TimeoutError") return true;
  return /time(?:d)? ?out/i.test(toAppError(error).message);
}
