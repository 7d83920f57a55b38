/**
 * "utf-8" stands for any 8-bit encoding: callers try strict UTF-8 and fall back to Windows-1252.
 * UTF-32 is listed apart from UTF-16 because the WHATWG TextDecoder cannot read it.
 */
export type SniffedEncoding = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

export interface EncodingSniff {
  encoding: SniffedEncoding;
  /** Length of the byte-order mark to skip (0 when there is none). */
  bomLength: number;
}

/** Enough text to see the NUL pattern clearly, small enough to sniff a 100 MB upload instantly. */
const PATTERN_WINDOW = 4096;
/** Share of code units that must show the wide encoding's zero bytes; Latin text scores ~1. */
const WIDE_PATTERN_SHARE = 0.6;

/**
 * Works out how text bytes are encoded: a byte-order mark wins (UTF-32 marks are checked before
 * UTF-16 ones, which are their prefix); without one, the zero bytes that UTF-16 and UTF-32 put in
 * every code unit of Latin-script text give them away. Everything else is 8-bit text.
 */
export function sniffEncoding(bytes: Uint8Array): EncodingSniff {
  const bom = sniffBom(bytes);
  if (bom) return bom;
  return { encoding: sniffZeroPattern(bytes.subarray(0, PATTERN_WINDOW)), bomLength: 0 };
}

function sniffBom(bytes: Uint8Array): EncodingSniff | null {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: "utf-32le", bomLength: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: "utf-32be", bomLength: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return null;
}

function sniffZeroPattern(window: Uint8Array): SniffedEncoding {
  const units32 = Math.floor(window.length / 4);
  if (units32 >= 2) {
    if (share(4, units32, (at) => window[at + 2] === 0 && window[at + 3] === 0 && window[at] !== 0))
      return "utf-32le";
    if (share(4, units32, (at) => window[at] === 0 && window[at + 1] === 0 && window[at + 3] !== 0))
      return "utf-32be";
  }
  const units16 = Math.floor(window.length / 2);
  if (units16 >= 2) {
    if (share(2, units16, (at) => window[at + 1] === 0 && window[at] !== 0)) return "utf-16le";
    if (share(2, units16, (at) => window[at] === 0 && window[at + 1] !== 0)) return "utf-16be";
  }
  return "utf-8";
}

function share(width: number, units: number, matches: (at: number) => boolean): boolean {
  let hits = 0;
  for (let unit = 0; unit < units; unit++) if (matches(unit * width)) hits++;
  return hits >= units * WIDE_PATTERN_SHARE;
}
