import type { Db } from "@/db/client";
import { getSetting, putSetting } from "@/db/queries/settings";

const INDEXED_MODEL_KEY = "index.embedModel";
const DIMENSION_KEY = "index.embedDimension";

export interface EmbeddingState {
  /** The model whose vectors the index holds, or null before the first embedding. */
  indexedModel: string | null;
  dimension: number | null;
  /** The configured model differs from the one the index was built with. */
  reembedNeeded: boolean;
}

export function readEmbeddingState(db: Db, configuredModel: string): EmbeddingState {
  const indexedModel = getSetting<string | null>(db, INDEXED_MODEL_KEY) ?? null;
  const dimension = getSetting<number | null>(db, DIMENSION_KEY) ?? null;
  return {
    indexedModel,
    dimension,
    reembedNeeded: indexedModel !== null && indexedModel !== configuredModel,
  };
}

export function recordIndexedModel(db: Db, model: string | null, dimension: number | null): void {
  putSetting(db, INDEXED_MODEL_KEY, model);
  putSetting(db, DIMENSION_KEY, dimension);
}
