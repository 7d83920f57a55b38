import { parseHTML } from "linkedom";
import type { ParsedMail } from "mailparser";
import type { TextBlock } from "@/lib/domain/types";
import { normalizeText, splitOnBlankLines } from "../../normalize-text";
import { htmlToBlocks } from "../html/html-to-blocks";

const MAX_HTML_BODY_CHARS = 16 * 1024 * 1024;

/**
 * The message body: the plain-text part split into paragraphs at blank lines, or, for
 * HTML-only mail, the HTML part read like a web page (headings, lists, table rows).
 */
export function bodyBlocks(mail: ParsedMail): TextBlock[] {
  if (mail.text?.trim()) {
    return splitOnBlankLines(normalizeText(mail.text)).map((text) => ({ kind: "paragraph", text }));
  }
  if (mail.html && mail.html.length <= MAX_HTML_BODY_CHARS) {
    return htmlToBlocks(parseHTML(`<!DOCTYPE html><html><body>${mail.html}</body></html>`).document);
  }
  if (mail.html) {
    // Too big to parse as a tree in reasonable time: the text between the tags is kept.
    const text = normalizeText(
      mail.html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "").replace(/<[^>]*>/g, "\n"),
    );
    return splitOnBlankLines(text).map((paragraph) => ({ kind: "paragraph", text: paragraph }));
  }
  return [];
}
