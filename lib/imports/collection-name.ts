import { DEFAULT_COLLECTION_ID } from "@/lib/documents/upload-document";
import { AppError } from "@/lib/errors/app-error";

const COLLECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Validates a collection name from the CLI or a form. The index accepts only plain ids (its
 * filters are built from them); ":" is refused too because it separates the collection from the
 * path in a source key.
 */
export function parseCollectionName(raw: string | undefined | null): string {
  const name = (raw ?? "").trim();
  if (name === "") return DEFAULT_COLLECTION_ID;
  if (!COLLECTION_NAME.test(name)) {
    throw new AppError("BAD_REQUEST", `Invalid collection name ${JSON.stringify(name)}`, {
      userMessage:
        "A collection name is 1 to 64 letters, digits, dots, dashes or underscores (no spaces), starting with a letter or digit.",
    });
  }
  return name;
}
