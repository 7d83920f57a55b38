/** Checks on request bodies, answering with Ollama's own 400 messages. */

export class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export function asObject(body: unknown): Record<string, unknown> {
  if (body === null || body === undefined) throw new BadRequest("missing request body");
  if (typeof body !== "object" || Array.isArray(body)) throw new BadRequest("invalid request body");
  return body as Record<string, unknown>;
}

export function requireModelName(body: Record<string, unknown>): string {
  // Older clients send "name"; Ollama still accepts it.
  const model = body.model ?? body.name;
  if (typeof model !== "string" || model.length === 0) throw new BadRequest("model is required");
  return model;
}

export function optionalNumber(options: unknown, key: string): number | undefined {
  if (options === null || typeof options !== "object") return undefined;
  const value = (options as Record<string, unknown>)[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
