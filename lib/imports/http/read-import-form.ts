import { AppError } from "@/lib/errors/app-error";
import { normalizeEntryPath } from "../entries/entry-path";
import { type ImportEntry, skippedEntry } from "../entries/import-entry";
import { junkReason } from "../entries/junk-reason";
import { megabytes, type ZipLimits } from "../entries/zip-limits";

export const IMPORT_FIELDS = {
  archive: "archive",
  file: "file",
  path: "path",
  collection: "collection",
  expected: "expected",
  label: "label",
} as const;

export type ImportForm =
  | { kind: "archive"; name: string; bytes: Uint8Array; collection: string | null }
  | {
      kind: "files";
      entries: ImportEntry[];
      collection: string | null;
      label: string | null;
      expected: number | null;
    };

export interface ImportFormLimits extends ZipLimits {
  maxFilesPerRequest: number;
}

function badRequest(message: string): AppError {
  return new AppError("BAD_REQUEST", message, { userMessage: message });
}

async function parseMultipart(request: Request, limits: ImportFormLimits): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Import with content-type ${type}`, {
      userMessage: "Send imports as multipart/form-data with an 'archive' field or 'file' and 'path' fields.",
    });
  }
  // Refused from the header, before the body is buffered.
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > limits.maxTotalBytes + 1024 * 1024) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Import request of ${declaredLength} bytes`, {
      userMessage: `The upload is larger than the ${megabytes(limits.maxTotalBytes)} MB one import request may carry; send fewer files at a time.`,
    });
  }
  try {
    return await request.formData();
  } catch {
    throw badRequest("The upload could not be read.");
  }
}

function textField(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function expectedCount(form: FormData): number | null {
  const raw = textField(form, IMPORT_FIELDS.expected);
  if (raw === null) return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000)
    throw badRequest("'expected' must be a file count.");
  return value;
}

function fileEntry(file: File, rawPath: string, limits: ImportFormLimits): ImportEntry {
  const path = normalizeEntryPath(rawPath);
  const junk = junkReason(path);
  if (junk) return skippedEntry(path, junk);
  if (file.size > limits.maxEntryBytes) {
    return skippedEntry(path, `Skipped: larger than the ${megabytes(limits.maxEntryBytes)} MB upload limit.`);
  }
  return {
    kind: "file",
    path,
    size: file.size,
    declaredType: file.type,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

/**
 * Reads POST /api/imports: one zip in `archive`, or many `file` fields with a `path` field each
 * (the browser sends only base names, so relative paths travel beside the files, in order).
 * Unsafe paths reject the whole request before anything is stored.
 */
export async function readImportForm(request: Request, limits: ImportFormLimits): Promise<ImportForm> {
  const form = await parseMultipart(request, limits);
  const collection = textField(form, IMPORT_FIELDS.collection);
  const archive = form.get(IMPORT_FIELDS.archive);
  if (archive instanceof File) {
    return {
      kind: "archive",
      name: archive.name,
      bytes: new Uint8Array(await archive.arrayBuffer()),
      collection,
    };
  }
  const files = form.getAll(IMPORT_FIELDS.file).filter((value): value is File => value instanceof File);
  if (files.length === 0) throw badRequest("Attach a .zip in an 'archive' field, or files in 'file' fields.");
  if (files.length > limits.maxFilesPerRequest) {
    throw badRequest(
      `Send at most ${limits.maxFilesPerRequest} files per request; add the rest to the same import.`,
    );
  }
  const paths = form.getAll(IMPORT_FIELDS.path).map(String);
  if (paths.length > 0 && paths.length !== files.length) {
    throw badRequest("Send exactly one 'path' field per 'file' field, in the same order.");
  }
  const entries = files.map((file, index) => fileEntry(file, paths[index] ?? file.name, limits));
  return {
    kind: "files",
    entries,
    collection,
    label: textField(form, IMPORT_FIELDS.label),
    expected: expectedCount(form),
  };
}
