import { sendError, sendJson } from "../http-io";
import { runningEntry, showBody, tagEntry } from "../model-descriptions";
import { findModel } from "../models";
import { asObject, requireModelName } from "../request-validation";
import type { HandlerContext } from "./handler-context";

/** How long a model stays loaded after use, as Ollama's default keep_alive. */
const KEEP_ALIVE_MS = 5 * 60 * 1000;

export function handleVersion({ response, state }: HandlerContext): void {
  sendJson(response, 200, { version: state.knobs.version });
}

export function handleTags({ response, state }: HandlerContext): void {
  sendJson(response, 200, { models: state.knobs.models.map(tagEntry) });
}

export function handleShow({ response, body, state }: HandlerContext): void {
  const name = requireModelName(asObject(body));
  const model = findModel(state.knobs.models, name);
  if (model) sendJson(response, 200, showBody(model, state.knobs.embedDimension));
  else sendError(response, 404, `model '${name}' not found`);
}

export function handlePs({ response, state }: HandlerContext): void {
  const running = [...state.loadedModels].flatMap(([name, lastUsed]) => {
    const model = findModel(state.knobs.models, name);
    return model ? [runningEntry(model, new Date(lastUsed + KEEP_ALIVE_MS))] : [];
  });
  sendJson(response, 200, { models: running });
}
