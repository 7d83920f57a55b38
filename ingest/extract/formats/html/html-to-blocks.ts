import type { TextBlock } from "@/lib/domain/types";
import { InlineText } from "./inline-text";
import { rowText, tableRowTexts } from "./table-row-texts";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Elements whose content is never document text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "svg",
  "canvas",
  "iframe",
  "object",
  "embed",
  "audio",
  "video",
  "map",
  "select",
  "button",
  "input",
  "textarea",
]);

/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "section",
  "summary",
  "td",
  "th",
  "ul",
]);

const HEADING = /^h([1-6])$/;

/**
 * Turns an HTML tree into blocks: h1-h6 become headings with their level, every other block
 * element (p, li, dt/dd, div...) a paragraph of its inline text, `<br>` a line break inside it,
 * `<pre>` a paragraph with its layout kept, and a table one paragraph per row with the cells
 * joined by " | ". Text directly inside containers (a div holding bare text) is kept too.
 */
export function htmlToBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const paragraph = new InlineText();
  const flush = () => {
    const text = paragraph.take();
    if (text) blocks.push({ kind: "paragraph", text });
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      paragraph.addText(node.textContent ?? "");
      return;
    }
    if (node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE) {
      for (const child of Array.from(node.childNodes)) visit(child);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (tag === "br") {
      paragraph.addLineBreak();
      return;
    }
    const level = HEADING.exec(tag)?.[1];
    if (level) {
      flush();
      const text = inlineTextOf(element).replace(/\n/g, " ");
      if (text) blocks.push({ kind: "heading", level: Number(level), text });
      return;
    }
    if (tag === "table") {
      flush();
      for (const text of tableRowTexts(element, inlineTextOf)) blocks.push({ kind: "paragraph", text });
      return;
    }
    if (tag === "tr") {
      // A row outside any table: tag soup such as "<table></center><tr>" closes the table early.
      flush();
      const text = rowText(element, inlineTextOf);
      if (text) blocks.push({ kind: "paragraph", text });
      return;
    }
    if (tag === "pre") {
      flush();
      const text = (element.textContent ?? "").replace(/^\n+|\s+$/g, "");
      if (text.trim()) blocks.push({ kind: "paragraph", text });
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) visit(child);
    if (isBlock) flush();
  };

  visit(root);
  flush();
  return blocks;
}

/** Text of an element as one paragraph: nested blocks become spaces, `<br>` a line break. */
function inlineTextOf(element: Element): string {
  const text = new InlineText();
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) text.addText(node.textContent ?? "");
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (tag === "br") text.addLineBreak();
    else if (BLOCKS.has(tag) || tag === "table" || tag === "tr") {
      text.addText(" ");
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(element);
  return text.take();
}
