import { AppError } from "@/lib/errors/app-error";

export interface UploadedFile {
  filename: string;
  declaredType: string;
  bytes: Uint8Array;
}

export interface UploadForm {
  files: UploadedFile[];
  /** The `collection` field as sent (a name or an id), or null when absent or blank. */
  collection: string | null;
}

/**
 * Reads the multipart body, refusing oversize requests from Content-Length before
 * buffering anything, then each file against the per-file limit.
 */
export async function readUploadForm(
  request: Request,
  limits: { fieldName: string; collectionField: string; maxFiles: number; maxFileBytes: number },
): Promise<UploadForm> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Upload with content-type ${type}`, {
      userMessage: "Upload files as multipart/form-data with one or more 'file' fields.",
    });
  }
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  const maxRequestBytes = limits.maxFileBytes * limits.maxFiles + 1024 * 1024;
  if (declaredLength > maxRequestBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Upload request of ${declaredLength} bytes`, {
      userMessage: `The upload is too large: each file may be at most ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB.`,
    });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "Unparseable multipart body", {
      userMessage: "The upload could not be read.",
    });
  }
  const files = form.getAll(limits.fieldName).filter((value): value is File => typeof value !== "string");
  if (files.length === 0) {
    throw new AppError("BAD_REQUEST", "Upload without files", {
      userMessage: `Attach at least one file in a '${limits.fieldName}' field.`,
    });
  }
  if (files.length > limits.maxFiles) {
    throw new AppError("BAD_REQUEST", `${files.length} files in one upload`, {
      userMessage: `Upload at most ${limits.maxFiles} files at a time.`,
    });
  }
  const result: UploadedFile[] = [];
  for (const file of files) {
    if (file.size > limits.maxFileBytes) {
      throw new AppError("PAYLOAD_TOO_LARGE", `${file.name} is ${file.size} bytes`, {
        userMessage: `${file.name} is larger than the ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB upload limit.`,
      });
    }
    result.push({
      filename: file.name,
      declaredType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
  }
  const collection = form.get(limits.collectionField);
  return {
    files: result,
    collection: typeof collection === "string" && collection.trim() !== "" ? collection : null,
  };
}
