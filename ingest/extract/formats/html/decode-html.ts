import { decodeWithEncoding } from "@/lib/text/decode-with-encoding";
import { sniffEncoding } from "@/lib/text/sniff-encoding";

/** The HTML standard's prescan looks at the first 1024 bytes for a charset declaration. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i;

/**
 * Decodes an HTML file the way a browser would: a BOM (or the zero bytes of UTF-16/32) wins,
 * then a `<meta charset>` / http-equiv / XML declaration in the first KB, then UTF-8 if valid,
 * then Windows-1252. A declared UTF-16 in bytes that are not UTF-16 means UTF-8, as in browsers.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const { encoding, bomLength } = sniffEncoding(bytes);
  if (encoding !== "utf-8" || bomLength > 0) return decodeWithEncoding(bytes.subarray(bomLength), encoding);
  const prescan = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared = (META_CHARSET.exec(prescan)?.[1] ?? XML_ENCODING.exec(prescan)?.[1])?.toLowerCase();
  const decoder = declared && !declared.startsWith("utf-16") ? decoderFor(declared) : null;
  if (decoder && decoder.encoding !== "utf-8") return decoder.decode(bytes);
  return decodeWithEncoding(bytes, "utf-8");
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
