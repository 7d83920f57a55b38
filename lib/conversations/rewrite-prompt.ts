import type { ChatMessage } from "@/lib/llm";
import type { PastTurn } from "./past-turn";

/** Enough turns to resolve "it", "and for children?", "the second one"; older ones rarely matter. */
const TURNS_SHOWN = 3;
/** Answers are cut: the rewrite needs their topic, not their detail. */
const ANSWER_CHARS = 600;

const REWRITE_SYSTEM_PROMPT = [
  "You rewrite the user's last message into one standalone search query for a document search engine.",
  "Use the earlier messages only to fill in what the last message leaves out (the subject, names, terms).",
  "Keep the user's own words and language. Do not answer the question. Do not explain.",
  "Reply with the search query only, on one line, without quotes or labels.",
].join("\n");

/** The earlier turns as real chat messages, then the follow-up exactly as the person typed it. */
export function buildRewriteMessages(turns: readonly PastTurn[], followUp: string): ChatMessage[] {
  const recent = turns.slice(-TURNS_SHOWN);
  return [
    { role: "system", content: REWRITE_SYSTEM_PROMPT },
    ...recent.flatMap((turn): ChatMessage[] => [
      { role: "user", content: turn.question },
      { role: "assistant", content: shorten(turn.answer) },
    ]),
    { role: "user", content: followUp },
  ];
}

function shorten(answer: string): string {
  const text = answer.trim();
  return text.length <= ANSWER_CHARS ? text || "(no answer)" : `${text.slice(0, ANSWER_CHARS)}…`;
}
