import { z } from "zod";

export const documentIdParamsSchema = z.object({
  id: z.uuid("document id must be a UUID"),
});

/** Multipart field names accepted by POST /api/documents. */
export const UPLOAD_FILE_FIELD = "file";
/** Optional: the collection's name or id; without it, the default collection. */
export const UPLOAD_COLLECTION_FIELD = "collection";
export const MAX_FILES_PER_UPLOAD = 50;
