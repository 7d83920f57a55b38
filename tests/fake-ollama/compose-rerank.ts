import { composeReply } from "./compose-reply";
import type { PromptMessage } from "./parse-prompt";
import { contentWords, sharedWordCount } from "./text-analysis";

type Schema = { type?: unknown; properties?: unknown; required?: unknown; items?: unknown };

function asSchema(value: unknown): Schema | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Schema) : null;
}

function propertiesOf(schema: Schema): Record<string, unknown> {
  return asSchema(schema.properties) === null ? {} : (schema.properties as Record<string, unknown>);
}

/** A rerank request: a JSON schema asking for an array named "ranking". */
export function isRerankFormat(format: unknown): boolean {
  const schema = asSchema(format);
  return schema !== null && asSchema(propertiesOf(schema).ranking)?.type === "array";
}

/**
 * Ranks the `[n] ...` passages of the last user message by the content words they share
 * with its `Question: ...` line, most first (ties by number), as a small reranking model
 * would, always as valid JSON for the schema.
 */
export function composeRerank(messages: readonly PromptMessage[]): string {
  const user = [...messages].reverse().find((message) => message.role === "user")?.content ?? "";
  const lines = user.split("\n");
  const question =
    lines.find((line) => /^\s*question\s*:/i.test(line))?.replace(/^\s*question\s*:\s*/i, "") ?? "";
  const questionWords = contentWords(question);
  const passages = lines.flatMap((line) => {
    const match = /^\[(\d+)\]\s?(.*)$/.exec(line.trim());
    return match ? [{ number: Number(match[1]), text: match[2] ?? "" }] : [];
  });
  const ranking = passages
    .map((passage) => ({ ...passage, shared: sharedWordCount(questionWords, contentWords(passage.text)) }))
    .sort((a, b) => b.shared - a.shared || a.number - b.number)
    .map((passage) => passage.number);
  return JSON.stringify({ ranking });
}

/** The simplest value of a JSON-schema type; strings carry the fake's ordinary reply. */
function valueFor(schema: Schema | null, reply: string): unknown {
  switch (schema?.type) {
    case "string":
      return reply;
    case "integer":
    case "number":
      return 0;
    case "boolean":
      return false;
    case "array":
      return [];
    default: {
      const properties = schema ? propertiesOf(schema) : {};
      return Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, valueFor(asSchema(property), reply)]),
      );
    }
  }
}

/**
 * Honours Ollama's `format` as a real model constrained by it would: JSON, matching the
 * schema when one is given. Null when the request has no format (a plain chat reply).
 */
export function composeFormatted(format: unknown, messages: readonly PromptMessage[]): string | null {
  if (format === undefined || format === null || format === "") return null;
  if (isRerankFormat(format)) return composeRerank(messages);
  const reply = composeReply(messages);
  const schema = asSchema(format);
  return JSON.stringify(schema === null ? { answer: reply } : valueFor(schema, reply));
}
