import { documentIdParamsSchema } from "../../schema";

/** POST /api/documents/:id/retry takes no body; only the id is validated. */
export const retryDocumentParamsSchema = documentIdParamsSchema;
