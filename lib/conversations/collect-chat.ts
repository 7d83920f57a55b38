import type { ChatMessage, LlmClient } from "@/lib/llm";

/**
 * A short non-streamed use of the chat model (a rewrite, a summary): the stream collected into
 * text, stopped at `maxChars` (the client has no num_predict) and abandoned after `timeoutMs`
 * or when `signal` aborts, which also aborts the generation on the host.
 */
export async function collectChat(
  llm: LlmClient,
  messages: ChatMessage[],
  options: { signal?: AbortSignal; timeoutMs: number; maxChars: number; numCtx: number },
): Promise<string> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let text = "";
  for await (const chunk of llm.chat(messages, { signal, numCtx: options.numCtx, temperature: 0 })) {
    text += chunk.text;
    if (text.length >= options.maxChars) break;
  }
  // A client that does not notice the timeout must not hand back a reply the caller gave up on.
  signal.throwIfAborted();
  return text.slice(0, options.maxChars);
}
