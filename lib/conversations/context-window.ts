import type { LlmClient } from "@/lib/llm";

/**
 * The window an answer is budgeted to: QUIRE_CONTEXT_SIZE, or less when the chat model itself
 * takes less (its context_length from /api/show). When the host cannot say, the configured size.
 */
export async function resolveContextWindow(llm: LlmClient, configured: number): Promise<number> {
  try {
    const status = await llm.describeModel(llm.chatModel);
    return status.contextLength === null ? configured : Math.min(configured, status.contextLength);
  } catch {
    // The answer's own model check reports an unreachable host; budgeting need not fail first.
    return configured;
  }
}
