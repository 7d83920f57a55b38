import { detectBom } from "@/lib/text/detect-bom";
/**
 * Decodes uploaded text bytes. A BOM wins; otherwise UTF-8 is tried strictly and, when the
 * bytes are not valid UTF-8, Windows-1252 (the superset of Latin-1 that legacy editors write)
 * is used, since every byte sequence is valid there and nothing is silently dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, offset } = detectBom(bytes);
  const body = bytes.subarray(offset);
  if (encoding !== "utf-8") return new TextDecoder(encoding).decode(body);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return new TextDecoder("windows-1252").decode(body);
  }
}
