import { decodeWithEncoding } from "@/lib/text/decode-with-encoding";
import { sniffEncoding } from "@/lib/text/sniff-encoding";

/**
 * Decodes uploaded text bytes. A BOM wins; UTF-16 and UTF-32 without one are recognised by their
 * zero bytes; otherwise UTF-8 is tried strictly and, when the bytes are not valid UTF-8,
 * Windows-1252 (the superset of Latin-1 that legacy editors write) is used, since every byte
 * sequence is valid there and nothing is silently dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = sniffEncoding(bytes);
  return decodeWithEncoding(bytes.subarray(bomLength), encoding);
}
