/** One file in a ZIP archive as its central directory declares it; nothing is decompressed. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is a method this code does not read. */
  method: number;
  /** General-purpose flag bit 0: the entry is encrypted. */
  encrypted: boolean;
  compressedSize: number;
  /** As declared by the archive; a hostile archive can lie, so readers must verify it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const SATURATED_16 = 0xffff;
const SATURATED_32 = 0xffffffff;

/**
 * Lists a ZIP archive's entries from its central directory, reading names and sizes only, so an
 * upload can be classified (and a decompression bomb refused) without inflating anything.
 * Throws ZipFormatError when the directory is missing or inconsistent (truncated downloads).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === SATURATED_16 || offset === SATURATED_32) ({ count, offset } = readZip64End(view, end));

  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError(`central directory entry ${index} of ${count} is missing`);
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > view.byteLength) {
      throw new ZipFormatError(`central directory entry ${index} runs past the end of the file`);
    }
    const sizes = applyZip64Extra(view, nameStart + nameLength, extraLength, {
      uncompressedSize: view.getUint32(offset + 24, true),
      compressedSize: view.getUint32(offset + 20, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: view.getUint16(offset + 10, true),
      encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      ...sizes,
    });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's (compressed) data starts, read from its local header. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new ZipFormatError(`local header of "${entry.name}" is missing`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > view.byteLength) {
    throw new ZipFormatError(`data of "${entry.name}" runs past the end of the file`);
  }
  return start;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError("no end-of-central-directory record (truncated or not a ZIP archive)");
}

function readZip64End(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) {
    throw new ZipFormatError("ZIP64 archive without a ZIP64 locator");
  }
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) {
    throw new ZipFormatError("ZIP64 end-of-central-directory record is missing");
  }
  return {
    count: safeNumber(view.getBigUint64(record + 32, true)),
    offset: safeNumber(view.getBigUint64(record + 48, true)),
  };
}

type EntrySizes = Pick<ZipEntry, "uncompressedSize" | "compressedSize" | "localHeaderOffset">;

/** ZIP64 stores each saturated 32-bit field, in this order, in extra field 0x0001. */
function applyZip64Extra(view: DataView, start: number, length: number, sizes: EntrySizes): EntrySizes {
  const fields = ["uncompressedSize", "compressedSize", "localHeaderOffset"] as const;
  if (!fields.some((field) => sizes[field] === SATURATED_32)) return sizes;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      const result = { ...sizes };
      let cursor = at + 4;
      for (const field of fields) {
        if (sizes[field] !== SATURATED_32) continue;
        if (cursor + 8 > at + 4 + size) throw new ZipFormatError("ZIP64 extra field is too short");
        result[field] = safeNumber(view.getBigUint64(cursor, true));
        cursor += 8;
      }
      return result;
    }
    at += 4 + size;
  }
  throw new ZipFormatError("ZIP64 sizes announced but no ZIP64 extra field present");
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("ZIP64 field out of range");
  return Number(value);
}
