import { AppError } from "@/lib/errors/app-error";

/** Bad input files: the message names the file and, where it helps, the line. */
export function datasetError(message: string): AppError {
  return new AppError("UNPROCESSABLE", message);
}

/** A mode the user asked for explicitly cannot run (model host down, no vectors). */
export function modeUnavailableError(message: string): AppError {
  return new AppError("MODEL_UNAVAILABLE", message);
}

/** Refuses to mix a benchmark corpus into a data directory that already holds documents. */
export function dataDirectoryInUseError(dataDir: string, documents: number): AppError {
  return new AppError(
    "CONFLICT",
    `The evaluation needs an empty data directory; ${dataDir} already holds ${documents} document(s).`,
  );
}
