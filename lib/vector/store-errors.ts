import { AppError, isAppError } from "@/lib/errors/app-error";

/** Runs a store operation so LanceDB failures surface as INDEX_UNAVAILABLE, never raw. */
export async function withStoreErrors<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("INDEX_UNAVAILABLE", `Vector store ${operation} failed: ${message}`, {
      userMessage: "The search index is unavailable right now. Please try again shortly.",
      cause: error,
    });
  }
}
