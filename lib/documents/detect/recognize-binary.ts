export interface BinaryKind {
  detected: string;
  userMessage: string;
}

interface Signature {
  /** Byte offset the pattern is expected at. */
  at: number;
  bytes: number[];
  kind: string;
  family: "image" | "audio" | "video" | "archive" | "program" | "database";
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { at: 0, bytes: [0x89, ...ascii("PNG")], kind: "PNG", family: "image" },
  { at: 0, bytes: [0xff, 0xd8, 0xff], kind: "JPEG", family: "image" },
  { at: 0, bytes: ascii("GIF8"), kind: "GIF", family: "image" },
  { at: 0, bytes: [0x49, 0x49, 0x2a, 0x00], kind: "TIFF", family: "image" },
  { at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: "TIFF", family: "image" },
  { at: 0, bytes: ascii("BM"), kind: "BMP", family: "image" },
  { at: 8, bytes: ascii("WEBP"), kind: "WebP", family: "image" },
  { at: 4, bytes: ascii("ftypheic"), kind: "HEIC", family: "image" },
  { at: 4, bytes: ascii("ftypheix"), kind: "HEIC", family: "image" },
  { at: 4, bytes: ascii("ftypmif1"), kind: "HEIF", family: "image" },
  { at: 4, bytes: ascii("ftypavif"), kind: "AVIF", family: "image" },
  { at: 0, bytes: [0x00, 0x00, 0x01, 0x00], kind: "ICO", family: "image" },
  { at: 8, bytes: ascii("WAVE"), kind: "WAV", family: "audio" },
  { at: 0, bytes: ascii("ID3"), kind: "MP3", family: "audio" },
  { at: 0, bytes: ascii("OggS"), kind: "Ogg", family: "audio" },
  { at: 0, bytes: ascii("fLaC"), kind: "FLAC", family: "audio" },
  { at: 4, bytes: ascii("ftyp"), kind: "MP4/QuickTime", family: "video" },
  { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], kind: "Matroska/WebM", family: "video" },
  { at: 0, bytes: [0x1f, 0x8b], kind: "gzip", family: "archive" },
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: "7-Zip", family: "archive" },
  { at: 0, bytes: ascii("Rar!"), kind: "RAR", family: "archive" },
  { at: 0, bytes: ascii("BZh"), kind: "bzip2", family: "archive" },
  { at: 0, bytes: [0xfd, ...ascii("7zXZ")], kind: "xz", family: "archive" },
  { at: 257, bytes: ascii("ustar"), kind: "tar", family: "archive" },
  { at: 0, bytes: [0x7f, ...ascii("ELF")], kind: "ELF executable", family: "program" },
  { at: 0, bytes: ascii("MZ"), kind: "Windows executable", family: "program" },
  { at: 0, bytes: ascii("SQLite format 3"), kind: "SQLite", family: "database" },
];

const FAMILY_MESSAGES: Record<Signature["family"], (kind: string) => string> = {
  image: (kind) =>
    `Unsupported file type: images (${kind}) have no text to index. Upload a PDF or a text version instead.`,
  audio: (kind) => `Unsupported file type: audio (${kind}) has no text to index.`,
  video: (kind) => `Unsupported file type: video (${kind}) has no text to index.`,
  archive: (kind) =>
    `Unsupported file type: compressed archives (${kind}). Unpack it and upload the documents inside.`,
  program: (kind) => `Unsupported file type: programs (${kind}) have no text to index.`,
  database: (kind) =>
    `Unsupported file type: database files (${kind}). Export the data as CSV and upload that.`,
};

/**
 * Names a well-known binary format from its magic bytes, so a refusal can say what the file is
 * ("Unsupported file type: images (PNG) ...") instead of a generic message. Some signatures are
 * plain letters ("BM", "MZ", "ID3"), so this is only consulted for files that are not text.
 */
export function recognizeBinary(bytes: Uint8Array): BinaryKind | null {
  const signature = SIGNATURES.find(({ at, bytes: pattern }) =>
    pattern.every((byte, index) => bytes[at + index] === byte),
  );
  if (!signature) return null;
  return { detected: signature.kind, userMessage: FAMILY_MESSAGES[signature.family](signature.kind) };
}
