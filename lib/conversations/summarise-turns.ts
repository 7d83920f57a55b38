import type { LlmClient } from "@/lib/llm";
import { collectChat } from "./collect-chat";
import type { PastTurn } from "./past-turn";

const SUMMARY_TIMEOUT_MS = 20_000;
const TURN_CHARS = 1_200;

const SUMMARY_SYSTEM_PROMPT = [
  "You summarise the earlier part of a conversation between a person and a document assistant.",
  "Write a few short sentences: what was asked and what the answers said, keeping names, numbers and terms.",
  "Do not add anything that is not in the conversation. Reply with the summary only.",
].join("\n");

function transcript(previous: string | null, turns: readonly PastTurn[], maxChars: number): string {
  const parts = [
    ...(previous === null ? [] : [`Summary so far: ${previous}`]),
    ...turns.map(
      (turn) => `Question: ${turn.question.trim()}\nAnswer: ${turn.answer.trim().slice(0, TURN_CHARS)}`,
    ),
  ];
  // Keep the most recent material when everything does not fit the summariser's own context.
  let text = parts.join("\n\n");
  if (text.length > maxChars) text = text.slice(text.length - maxChars);
  return text;
}

/**
 * The chat model's summary of turns that no longer fit the answer prompt, folding in the summary
 * already stored for the turns before them. Null when the host fails or says nothing usable: the
 * caller then drops those turns and says so.
 */
export async function summariseTurns(
  llm: LlmClient,
  input: {
    previous: string | null;
    turns: readonly PastTurn[];
    maxChars: number;
    numCtx: number;
    signal?: AbortSignal;
    /** Applied to the transcript (the sensitive data guard); a throw means nothing is sent. */
    mask?: (text: string) => string;
  },
): Promise<string | null> {
  try {
    const mask = input.mask ?? ((text: string) => text);
    const messages = [
      { role: "system" as const, content: SUMMARY_SYSTEM_PROMPT },
      // About half the window for the transcript, the rest for the instructions and the summary.
      { role: "user" as const, content: mask(transcript(input.previous, input.turns, input.numCtx * 2)) },
    ];
    const reply = await collectChat(llm, messages, {
      signal: input.signal,
      timeoutMs: SUMMARY_TIMEOUT_MS,
      maxChars: input.maxChars,
      numCtx: input.numCtx,
    });
    const summary = reply
      .replace(/<think>[\s\S]*?(?:<\/think>|$)/gi, " ")
      .replace(/\s+/g, " ")
      .trim();
    return summary === "" ? null : summary;
  } catch (error) {
    if (input.signal?.aborted) throw error;
    return null;
  }
}
