import { decodeWithEncoding } from "@/lib/text/decode-with-encoding";
import { type SniffedEncoding, sniffEncoding } from "@/lib/text/sniff-encoding";

const SNIFF_WINDOW = 8192;
/** Control characters (other than tab, newlines, form feed) tolerated in text, as a share. */
const MAX_CONTROL_SHARE = 0.02;

export interface TextHead {
  /** The first few KB decoded; the last character may be cut. */
  text: string;
  encoding: SniffedEncoding;
  isText: boolean;
}

/**
 * Decodes the start of an upload in the encoding its BOM or zero-byte pattern shows and judges
 * whether it is text: no NUL and almost no control characters once decoded, so UTF-16 and
 * UTF-32 text pass while binaries fail. An empty upload counts as text so the text extractor can
 * report it as empty rather than unsupported.
 */
export function readTextHead(bytes: Uint8Array): TextHead {
  const { encoding, bomLength } = sniffEncoding(bytes);
  const unit = encoding.startsWith("utf-32") ? 4 : encoding.startsWith("utf-16") ? 2 : 1;
  const length = Math.min(bytes.length - bomLength, SNIFF_WINDOW);
  const window = bytes.subarray(bomLength, bomLength + length - (length % unit));
  const text = unit === 1 ? decodeEightBit(window) : decodeWithEncoding(window, encoding);
  return { text, encoding, isText: window.length === 0 || looksLikeText(text) };
}

/** The window may end inside a UTF-8 sequence; that must not flip a UTF-8 file to Windows-1252. */
function decodeEightBit(window: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(window, { stream: true });
  } catch {
    return new TextDecoder("windows-1252").decode(window);
  }
}

function looksLikeText(text: string): boolean {
  let suspicious = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return false;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) suspicious++;
  }
  return suspicious <= text.length * MAX_CONTROL_SHARE;
}
