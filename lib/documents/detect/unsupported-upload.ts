import { AppError } from "@/lib/errors/app-error";

export interface UploadContext {
  filename: string;
  declaredMime?: string;
}

/**
 * The error for an upload that will not be ingested. `detected` names what the bytes turned out
 * to be (for logs and tests); `reason` matches the extraction failure reasons so the UI can
 * explain upload-time and ingest-time failures alike.
 */
export function unsupportedUpload(
  context: UploadContext,
  detected: string,
  userMessage: string,
  reason: "unsupported" | "encrypted" | "corrupt" = "unsupported",
): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", `Upload "${context.filename}" rejected: ${detected}`, {
    userMessage,
    details: { filename: context.filename, declaredMime: context.declaredMime ?? null, detected, reason },
  });
}
