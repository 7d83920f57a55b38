import type { Db } from "@/db/client";
import { saveConversationSummary } from "@/db/queries/conversations";
import type { ConversationRow } from "@/db/schema";
import type { ChatMessage, LlmClient } from "@/lib/llm";
import { budgetHistory } from "./budget-history";
import { historyMessages, summaryTokens, turnTokens } from "./history-messages";
import type { PastTurn } from "./past-turn";
import { summariseTurns } from "./summarise-turns";

/** History never takes more than this share of the window, so sources keep room on the next turn too. */
export const HISTORY_SHARE = 0.3;
const MAX_SUMMARY_TOKENS = 300;
const CHARS_PER_SUMMARY_TOKEN = 3;

export interface HistoryReport {
  includedTurns: number;
  summarisedTurns: number;
  droppedTurns: number;
}

/**
 * The earlier turns as answer-prompt messages, within what the sources left of the window.
 * Turns that do not fit are summarised (the stored summary is reused while it covers them, a
 * new one is written and stored otherwise) or, when summarising fails, dropped; the report says
 * which, so it is never silent.
 */
export async function composeHistory(
  services: { db: Db; llm: LlmClient },
  input: {
    conversation: Pick<ConversationRow, "id" | "summary" | "summaryTurns">;
    turns: readonly PastTurn[];
    window: number;
    committed: number;
    signal?: AbortSignal;
    /** The sensitive data guard for what earlier turns send to the model. */
    mask?: (text: string) => string;
  },
): Promise<{ messages: ChatMessage[]; report: HistoryReport }> {
  const { conversation, turns } = input;
  const stored =
    conversation.summary !== null && conversation.summaryTurns > 0
      ? {
          turns: conversation.summaryTurns,
          tokens: summaryTokens(conversation.summary),
          text: conversation.summary,
        }
      : null;
  const roomForSummary = Math.min(
    MAX_SUMMARY_TOKENS,
    Math.floor(Math.min(input.window * HISTORY_SHARE, input.window - input.committed) / 3),
  );
  const plan = budgetHistory({
    turnTokens: turns.map(turnTokens),
    window: input.window,
    committed: input.committed,
    maxShare: HISTORY_SHARE,
    stored,
    summaryTokens: Math.max(roomForSummary, 0),
  });
  const kept = turns.slice(plan.keepFrom);
  const leftOut = plan.keepFrom;

  let summary: string | null = null;
  if (plan.summary === "reuse" && stored) summary = stored.text;
  else if (plan.summary === "write" && leftOut > 0) {
    // Fold the stored summary in rather than re-reading the turns it already stands for.
    const previous = stored !== null && stored.turns <= leftOut ? stored : null;
    summary = await summariseTurns(services.llm, {
      previous: previous?.text ?? null,
      turns: turns.slice(previous?.turns ?? 0, leftOut),
      maxChars: roomForSummary * CHARS_PER_SUMMARY_TOKEN,
      numCtx: input.window,
      signal: input.signal,
      mask: input.mask,
    });
    if (summary !== null && summaryTokens(summary) > roomForSummary) summary = null;
    if (summary !== null) saveConversationSummary(services.db, conversation.id, summary, leftOut);
  }

  return {
    messages: historyMessages(kept, summary).map((message) =>
      input.mask ? { ...message, content: input.mask(message.content) } : message,
    ),
    report: {
      includedTurns: kept.length,
      summarisedTurns: summary === null ? 0 : leftOut,
      droppedTurns: summary === null ? leftOut : 0,
    },
  };
}
