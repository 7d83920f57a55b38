import { documentIdParamsSchema } from "../../schema";

/** POST /api/documents/:id/cancel takes no body; only the id is validated. */
export const cancelDocumentParamsSchema = documentIdParamsSchema;
