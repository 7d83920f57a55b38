import { findModel, normalizeModelName } from "../models";
import { BadRequest } from "../request-validation";
import type { ServerState } from "../server-state";
import type { FakeModel, FakeModelKind } from "../types";

/** The model a chat/embed request names, with Ollama's errors for absent or unsuitable models. */
export function resolveModel(state: ServerState, name: string, needed: FakeModelKind): FakeModel {
  const model = findModel(state.knobs.models, name);
  if (!model) throw new BadRequest(`model "${name}" not found, try pulling it first`, 404);
  if (model.kind !== needed) {
    throw new BadRequest(`"${name}" does not support ${needed === "chat" ? "chat" : "embeddings"}`);
  }
  state.loadedModels.set(normalizeModelName(model.name), Date.now());
  return model;
}
