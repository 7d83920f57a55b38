import { isAppError } from "@/lib/errors/app-error";
import { extractionError } from "../../extraction-error";

/**
 * Runs a third-party parser and turns anything it throws (other than our own AppErrors) into a
 * "corrupt" extraction error naming the format, so a malformed file fails with a message a user
 * can act on instead of a stack trace.
 */
export async function withLibrary<T>(formatName: string, parse: () => Promise<T> | T): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    if (isAppError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw extractionError("corrupt", `${formatName} parser failed: ${detail}`, {
      userMessage: `This ${formatName} is damaged or not valid, so its text could not be read. Open it in its application, save it again and re-upload.`,
      cause: error,
    });
  }
}
