export type BomEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding a byte-order mark announces (UTF-8 when there is none) and the BOM's length. */
export function detectBom(bytes: Uint8Array): { encoding: BomEncoding; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", offset: 2 };
  return { encoding: "utf-8", offset: 0 };
}
