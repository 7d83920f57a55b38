import type { AppError } from "@/lib/errors/app-error";
import { type UploadContext, unsupportedUpload } from "./unsupported-upload";

export const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Directory entries are 128 bytes, and sectors (512 or 4096 bytes) start at multiples of 128. */
const DIRECTORY_ENTRY_SIZE = 128;
/** Offset of the entry's name length (in bytes, terminator included) within a directory entry. */
const NAME_LENGTH_OFFSET = 64;

interface CompoundKind {
  /** Streams or storages whose presence identifies the kind. */
  streams: string[];
  detected: string;
  userMessage: string;
  reason?: "encrypted";
}

/** Checked in order: a .msg can carry an attached .doc, and encrypted OOXML is its own kind. */
const KINDS: CompoundKind[] = [
  {
    streams: ["__properties_version1.0", "__nameid_version1.0"],
    detected: "Outlook .msg message",
    userMessage:
      "Unsupported file type: Outlook messages (.msg). Save the message as .eml (or as text) and upload that.",
  },
  {
    streams: ["EncryptedPackage"],
    detected: "password-protected Office document",
    userMessage:
      "This Office document is password-protected; remove the password (or save an unprotected copy) and upload it again.",
    reason: "encrypted",
  },
  {
    streams: ["WordDocument"],
    detected: "legacy Word .doc",
    userMessage: "Unsupported file type: legacy Word documents (.doc). Save it as .docx and upload that.",
  },
  {
    streams: ["PowerPoint Document"],
    detected: "legacy PowerPoint .ppt",
    userMessage:
      "Unsupported file type: legacy PowerPoint presentations (.ppt). Save it as .pptx and upload that.",
  },
  {
    streams: ["Workbook", "Book"],
    detected: "legacy Excel .xls",
    userMessage: "Unsupported file type: legacy Excel workbooks (.xls). Save it as .xlsx and upload that.",
  },
];

/**
 * Refuses an OLE compound file (the container of pre-2007 Office files, Outlook messages and
 * password-protected OOXML) with a message naming what it is, found from the directory entry
 * names. Names are matched only where a directory entry can start, so document text that merely
 * mentions "WordDocument" does not count.
 */
export function rejectCompoundFile(bytes: Uint8Array, context: UploadContext): AppError {
  const kind = KINDS.find((candidate) =>
    candidate.streams.some((stream) => hasDirectoryEntry(bytes, stream)),
  );
  if (!kind) {
    return unsupportedUpload(
      context,
      "OLE compound file",
      "Unsupported file type: a legacy Microsoft Office file (.doc, .xls, .ppt or .msg). Save it in a current format such as .docx, .xlsx or .pptx.",
    );
  }
  return unsupportedUpload(context, kind.detected, kind.userMessage, kind.reason);
}

function hasDirectoryEntry(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(`${name}\u0000`, "utf16le");
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const aligned = at % DIRECTORY_ENTRY_SIZE === 0;
    const lengthAt = at + NAME_LENGTH_OFFSET;
    if (aligned && lengthAt + 2 <= bytes.length && view.getUint16(lengthAt, true) === needle.length)
      return true;
  }
  return false;
}
