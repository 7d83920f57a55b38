import { PLACEHOLDER } from "./patterns";
import type { Detection } from "./types";

const LOCAL_CHAR = String.raw`[\p{L}\p{M}\p{N}_.%+\-]`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]{0,61}[\p{L}\p{M}\p{N}])?`;

/**
 * Addresses as people write them (internationalised letters allowed), with a top-level domain of
 * letters: "x@y.1" and "user@localhost" are not addresses anyone mails. The local part starts at
 * the first character that can belong to it, so "id:4711john@example.org" masks "4711john@...".
 */
const EMAIL = new RegExp(
  String.raw`(?<!${LOCAL_CHAR}|${PLACEHOLDER})[\p{L}\p{N}]${LOCAL_CHAR}{0,63}@(?:${LABEL}\.)+\p{L}[\p{L}\p{M}]{1,62}(?![\p{L}\p{M}\p{N}_\-]|\.(?:[\p{L}\p{N}]|${PLACEHOLDER})|${PLACEHOLDER})`,
  "gu",
);

/** "icon@2x.png" is a retina image name; none of these extensions is a top-level domain. */
const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)$/i;

export function detectEmails(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(EMAIL)) {
    if (IMAGE_EXTENSION.test(match[0])) continue;
    found.push({ kind: "email", start: match.index, end: match.index + match[0].length });
  }
  return found;
}
