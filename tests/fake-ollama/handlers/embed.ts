import { hashEmbedding } from "../hash-embedding";
import { elapsedNs, sendJson } from "../http-io";
import { embeddingLengthOf } from "../models";
import { asObject, BadRequest, requireModelName } from "../request-validation";
import { estimateTokens } from "../text-analysis";
import type { HandlerContext } from "./handler-context";
import { resolveModel } from "./resolve-model";

const CHARS_PER_TOKEN = 4;

function readInputs(input: unknown): string[] {
  if (typeof input === "string") return [input];
  if (Array.isArray(input) && input.every((item) => typeof item === "string")) return input;
  throw new BadRequest("invalid input type");
}

/** Matryoshka-style shortening, as Ollama does for `dimensions`: cut, then re-normalise. */
function shorten(vector: number[], dimensions: number): number[] {
  const cut = vector.slice(0, dimensions);
  const norm = Math.hypot(...cut) || 1;
  return cut.map((value) => value / norm);
}

export function handleEmbed({ response, body, state }: HandlerContext): void {
  const startedAt = process.hrtime.bigint();
  const request = asObject(body);
  const name = requireModelName(request);
  const inputs = readInputs(request.input);
  const model = resolveModel(state, name, "embedding");

  const dimension = embeddingLengthOf(model, state.knobs.embedDimension);
  const requested = request.dimensions;
  if (requested !== undefined && (!Number.isInteger(requested) || Number(requested) < 1)) {
    throw new BadRequest("dimensions must be a positive integer");
  }

  const truncate = request.truncate !== false;
  const texts = inputs.map((text) => {
    if (estimateTokens(text) <= model.contextLength) return text;
    if (!truncate) throw new BadRequest("the input length exceeds the context length");
    return text.slice(0, model.contextLength * CHARS_PER_TOKEN);
  });

  state.counters.embedCalls += 1;
  state.counters.embedBatchSizes.push(texts.length);

  const embeddings = texts.map((text) => {
    const vector = hashEmbedding(text, dimension, state.knobs.similarityFloor);
    return typeof requested === "number" && requested < dimension ? shorten(vector, requested) : vector;
  });
  sendJson(response, 200, {
    model: name,
    embeddings,
    total_duration: elapsedNs(startedAt),
    load_duration: 1_019_500,
    prompt_eval_count: texts.reduce((sum, text) => sum + estimateTokens(text), 0),
  });
}
