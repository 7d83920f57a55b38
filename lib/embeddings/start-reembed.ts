import { clearEmbeddingMarks } from "@/db/queries/chunks";
import type { Services } from "@/lib/runtime/services";
import { recordIndexedModel } from "./embedding-state";

/**
 * Drops every stored vector so the worker re-embeds all chunks with the configured
 * model. Keyword search keeps working throughout.
 */
export async function startReembed(services: Pick<Services, "db" | "store">): Promise<void> {
  await services.store.clearVectors();
  clearEmbeddingMarks(services.db);
  recordIndexedModel(services.db, null, null);
}
