import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { SupportedMimeType } from "@/lib/documents/detect/mime-types";
import { AppError } from "@/lib/errors/app-error";

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "text/markdown": "md",
  "text/plain": "txt",
  "text/html": "html",
  "text/csv": "csv",
  "text/tab-separated-values": "tsv",
  "message/rfc822": "eml",
  "application/rtf": "rtf",
  "application/epub+zip": "epub",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.presentation": "odp",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
} satisfies Record<SupportedMimeType, string>;

// Stored paths are generated here from an id and a known type, never from a user's filename.
const STORED_PATH =
  /^files\/[0-9a-f-]{36}\.(pdf|md|txt|html|csv|tsv|eml|rtf|epub|docx|pptx|xlsx|odt|odp|ods)$/;

export function storedPathFor(documentId: string, mimeType: string): string {
  const ext = EXTENSIONS[mimeType];
  if (!ext) throw new AppError("INTERNAL", `No storage extension for ${mimeType}`);
  return `files/${documentId}.${ext}`;
}

function resolveStoredPath(dataDir: string, storedPath: string): string {
  if (!STORED_PATH.test(storedPath))
    throw new AppError("INTERNAL", `Refusing unexpected stored path ${storedPath}`);
  return path.join(dataDir, storedPath);
}

/** Writes through a temporary file and a rename, so a crash never leaves a half-written original. */
export async function writeDocumentFile(
  dataDir: string,
  storedPath: string,
  bytes: Uint8Array,
): Promise<void> {
  const target = resolveStoredPath(dataDir, storedPath);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomUUID()}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, target);
}

export async function readDocumentFile(dataDir: string, storedPath: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(resolveStoredPath(dataDir, storedPath)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new AppError("NOT_FOUND", `Stored file missing: ${storedPath}`, {
        userMessage: "The original file of this document is missing from storage.",
      });
    }
    throw error;
  }
}

export async function removeDocumentFile(dataDir: string, storedPath: string): Promise<void> {
  await fs.rm(resolveStoredPath(dataDir, storedPath), { force: true });
}
