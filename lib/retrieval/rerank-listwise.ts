import type { LlmClient } from "@/lib/llm";

/** How many of the fused candidates the rerank model reorders; the rest keep their places after them. */
export const RERANK_CANDIDATES = 20;
/** Each passage is cut to this many characters: enough to judge it, small enough for a small model's context. */
const PASSAGE_CHARS = 600;

export type RerankOutcome = { order: number[] } | { skipped: string };

/** Reorders passages for a question: `order` lists 0-based indexes, best first, each once. */
export type Rerank = (
  query: string,
  passages: ReadonlyArray<{ title: string; text: string }>,
  signal?: AbortSignal,
) => Promise<RerankOutcome>;

/** Ollama structured outputs: the reply must be this JSON object. */
export const RANKING_SCHEMA = {
  type: "object",
  properties: { ranking: { type: "array", items: { type: "integer" } } },
  required: ["ranking"],
} as const;

const SYSTEM = [
  "You rank passages by how well they answer a question.",
  'Reply with JSON only: {"ranking": [passage numbers, the most useful first]}.',
  "List every passage number once.",
].join("\n");

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= PASSAGE_CHARS ? flat : `${flat.slice(0, PASSAGE_CHARS)}…`;
}

export function rerankPrompt(
  query: string,
  passages: ReadonlyArray<{ title: string; text: string }>,
): string {
  const listed = passages.map((passage, i) => `[${i + 1}] ${shorten(`${passage.title}: ${passage.text}`)}`);
  return [`Question: ${query.trim()}`, "", "Passages:", ...listed, "", "Rank the passages."].join("\n");
}

/**
 * Reads the model's ranking: 1-based passage numbers, unknown and repeated ones ignored,
 * passages it left out appended in their original order. Null when the reply is not
 * the JSON asked for or names no passage at all.
 */
export function parseRanking(reply: string, count: number): number[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply);
  } catch {
    return null;
  }
  const ranking =
    parsed !== null && typeof parsed === "object" ? (parsed as { ranking?: unknown }).ranking : undefined;
  if (!Array.isArray(ranking)) return null;
  const order: number[] = [];
  for (const value of ranking) {
    const index = typeof value === "number" && Number.isInteger(value) ? value - 1 : -1;
    if (index >= 0 && index < count && !order.includes(index)) order.push(index);
  }
  if (order.length === 0) return null;
  for (let index = 0; index < count; index++) if (!order.includes(index)) order.push(index);
  return order;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Listwise reranking by a chat model on the organisation's own host, at temperature 0 with
 * a JSON-schema `format`. Never fails the search: a missing model, a host error, a timeout
 * or a reply that is not the ranking asked for all answer `skipped` with the reason, and
 * the caller keeps the fused order.
 */
export function createListwiseReranker(
  llm: Pick<LlmClient, "chat" | "describeModel">,
  model: string,
  options: { timeoutMs: number },
): Rerank {
  return async (query, passages, signal) => {
    if (passages.length < 2) return { skipped: "fewer than two candidates" };
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const callSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const status = await llm.describeModel(model);
      if (!status.present) return { skipped: `the rerank model ${model} is not on the model host` };
      let reply = "";
      const stream = llm.chat(
        [
          { role: "system", content: SYSTEM },
          { role: "user", content: rerankPrompt(query, passages) },
        ],
        { model, format: { ...RANKING_SCHEMA }, temperature: 0, signal: callSignal },
      );
      for await (const chunk of stream) reply += chunk.text;
      const order = parseRanking(reply.trim(), passages.length);
      return order === null
        ? { skipped: `the rerank model ${model} did not reply with a ranking` }
        : { order };
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timeout.aborted)
        return { skipped: `the rerank model ${model} took longer than ${options.timeoutMs} ms` };
      return { skipped: `the rerank model ${model} failed: ${describe(error)}` };
    }
  };
}
