import type { ExtractedDocument, TextBlock } from "@/lib/domain/types";
import { decodeText } from "./decode-text";
import { extractionError } from "./extraction-error";
import { normalizeText } from "./normalize-text";
import { stripInlineMarkdown } from "./strip-inline-markdown";

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;

/**
 * Markdown to blocks: ATX and setext headings become headings with their level; everything
 * else (paragraphs, lists, tables, fenced code) becomes paragraph text separated at blank lines.
 * The title is the first level-1 heading.
 */
export function extractMarkdown(bytes: Uint8Array): ExtractedDocument {
  const lines = stripFrontMatter(normalizeText(decodeText(bytes)).replace(/<!--[\s\S]*?-->/g, "")).split(
    "\n",
  );
  const blocks = parseBlocks(lines);
  if (blocks.length === 0) {
    throw extractionError("empty", "Markdown file contains no visible text", {
      userMessage: "The file is empty: it contains no text.",
    });
  }
  const title = blocks.find((block) => block.kind === "heading" && block.level === 1)?.text;
  return { pages: [{ page: 1, blocks }], ...(title ? { title } : {}) };
}

function parseBlocks(lines: string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const flushParagraph = () => {
    const text = paragraph.map(stripInlineMarkdown).join("\n").trim();
    if (text) blocks.push({ kind: "paragraph", text });
    paragraph = [];
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const fence = FENCE.exec(line)?.[1];
    if (fence) {
      flushParagraph();
      const closing = findFenceEnd(lines, index + 1, fence);
      const code = lines
        .slice(index + 1, closing)
        .join("\n")
        .trim();
      if (code) blocks.push({ kind: "paragraph", text: code });
      index = closing;
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      flushParagraph();
      pushHeading(blocks, atx[1]?.length ?? 1, atx[2] ?? "");
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line)?.[1];
    if (underline && paragraph.length > 0 && !isListLine(paragraph[paragraph.length - 1] ?? "")) {
      const text = paragraph.join(" ");
      paragraph = [];
      pushHeading(blocks, underline.startsWith("=") ? 1 : 2, text);
      continue;
    }
    if (line.trim() === "" || isThematicBreak(line)) {
      flushParagraph();
      continue;
    }
    if (!LINK_DEFINITION.test(line)) paragraph.push(line);
  }
  flushParagraph();
  return blocks;
}

function pushHeading(blocks: TextBlock[], level: number, raw: string): void {
  const text = stripInlineMarkdown(raw).trim();
  if (text) blocks.push({ kind: "heading", level, text });
}

function findFenceEnd(lines: string[], from: number, fence: string): number {
  const marker = fence.charAt(0);
  for (let index = from; index < lines.length; index++) {
    const trimmed = (lines[index] ?? "").trim();
    if (trimmed.startsWith(fence) && trimmed.split("").every((char) => char === marker)) return index;
  }
  return lines.length;
}

function isListLine(line: string): boolean {
  return /^\s*([-*+]|\d+[.)])\s/.test(line);
}

function isThematicBreak(line: string): boolean {
  return /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/.test(line);
}

/** YAML front matter is metadata for static-site tools, not document text. */
function stripFrontMatter(text: string): string {
  const match = /^---\n[\s\S]*?\n(---|\.\.\.)\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}
