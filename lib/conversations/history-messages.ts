import type { ChatMessage } from "@/lib/llm";
import { estimateTokens } from "@/lib/text/estimate-tokens";
import type { PastTurn } from "./past-turn";

export const EARLIER_HEADING = "Earlier in this conversation:";
const PER_MESSAGE_OVERHEAD = 4;

/**
 * An earlier answer's [n] marks point at that turn's sources, not at the sources of the question
 * now being answered; left in, they invite the model to cite numbers that mean something else.
 */
function withoutCitations(answer: string): string {
  return answer
    .replace(/\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function turnMessages(turn: PastTurn): ChatMessage[] {
  return [
    { role: "user", content: turn.question.trim() },
    { role: "assistant", content: withoutCitations(turn.answer) || "(no answer)" },
  ];
}

/** What one turn costs in the prompt, with the per-message framing the host adds. */
export function turnTokens(turn: PastTurn): number {
  return turnMessages(turn).reduce(
    (sum, message) => sum + estimateTokens(message.content) + PER_MESSAGE_OVERHEAD,
    0,
  );
}

export function summaryMessage(summary: string): ChatMessage {
  return { role: "system", content: `${EARLIER_HEADING}\n${summary.trim()}` };
}

export function summaryTokens(summary: string): number {
  return estimateTokens(summaryMessage(summary).content) + PER_MESSAGE_OVERHEAD;
}

/** The history as the answer prompt carries it: the summary of left-out turns, then the kept turns in order. */
export function historyMessages(turns: readonly PastTurn[], summary: string | null): ChatMessage[] {
  return [...(summary === null ? [] : [summaryMessage(summary)]), ...turns.flatMap(turnMessages)];
}
