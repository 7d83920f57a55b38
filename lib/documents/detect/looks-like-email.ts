const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
const CONTINUATION = /^[ \t]/;
/** Headers that only a message carries: two of these (one of them a sure sign) make an e-mail. */
const MESSAGE_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "subject",
  "date",
  "received",
  "mime-version",
  "message-id",
  "return-path",
  "delivered-to",
  "reply-to",
  "sender",
  "in-reply-to",
  "references",
  "content-type",
  "x-mailer",
]);
const SURE_SIGNS = new Set(["from", "received", "mime-version", "message-id", "return-path", "delivered-to"]);
const MAX_HEADER_LINES = 200;
/** Mailbox files (and Gmail exports) put a "From sender date" separator line first. */
const MBOX_SEPARATOR = /^From \S+.*\n/;

/**
 * RFC 822 sniffing: the file must open with a block of "Name: value" header lines (folded lines
 * allowed) ending at a blank line or the end of the sniffed text, with at least two message
 * headers, one of them From, Received, MIME-Version, Message-ID, Return-Path or Delivered-To.
 * An mbox "From " separator line before the headers is allowed.
 * A note that merely starts with "Subject:" stays plain text.
 */
export function looksLikeEmail(head: string): boolean {
  const lines = head
    .replace(/^\s*\n/, "")
    .replace(MBOX_SEPARATOR, "")
    .split(/\r?\n/, MAX_HEADER_LINES);
  const names = new Set<string>();
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") break;
    if (CONTINUATION.test(line) && index > 0) continue;
    if (!HEADER_LINE.test(line)) return false;
    names.add(line.slice(0, line.indexOf(":")).toLowerCase());
  }
  const known = [...names].filter((name) => MESSAGE_HEADERS.has(name));
  return known.length >= 2 && known.some((name) => SURE_SIGNS.has(name));
}
