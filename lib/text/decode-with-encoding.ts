import type { SniffedEncoding } from "./sniff-encoding";

/**
 * Decodes bytes (BOM already removed) in a sniffed encoding. 8-bit text is strict UTF-8 when it
 * is valid and Windows-1252 otherwise, since every byte sequence is valid there and nothing is
 * silently dropped. UTF-32 is decoded by hand: TextDecoder does not support it.
 */
export function decodeWithEncoding(bytes: Uint8Array, encoding: SniffedEncoding): string {
  switch (encoding) {
    case "utf-32le":
    case "utf-32be":
      return decodeUtf32(bytes, encoding === "utf-32le");
    case "utf-16le":
    case "utf-16be":
      return new TextDecoder(encoding).decode(bytes);
    case "utf-8":
      try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        return new TextDecoder("windows-1252").decode(bytes);
      }
  }
}

const REPLACEMENT = 0xfffd;
/** Code points per String.fromCodePoint call: well under engines' argument limits. */
const BATCH = 8192;

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let batch: number[] = [];
  for (let offset = 0; offset + 3 < bytes.length; offset += 4) {
    const code = view.getUint32(offset, littleEndian);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    batch.push(valid ? code : REPLACEMENT);
    if (batch.length === BATCH) {
      parts.push(String.fromCodePoint(...batch));
      batch = [];
    }
  }
  parts.push(String.fromCodePoint(...batch));
  if (bytes.length % 4 !== 0) parts.push(String.fromCodePoint(REPLACEMENT));
  return parts.join("");
}
