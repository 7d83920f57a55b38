import { parseHTML } from "linkedom";
import type { ExtractedDocument } from "@/lib/domain/types";
import { extractionError } from "../extraction-error";
import { decodeHtml } from "./html/decode-html";
import { mainContentBlocks } from "./html/main-content-blocks";
import { normalizeBlocks } from "./normalize-blocks";
import { refuseOversized } from "./shared/refuse-oversized";

/** linkedom parses about 1 MB of HTML per second here, and the tree is walked twice. */
const MAX_HTML_BYTES = 16 * 1024 * 1024;

/**
 * HTML pages: decoded by BOM / meta charset, reduced to their main content by Readability
 * (falling back to the whole body), then headings, paragraphs, lists and table rows as blocks,
 * all on page 1. The title is the page's title.
 */
export function extractHtml(bytes: Uint8Array): ExtractedDocument {
  refuseOversized(bytes, MAX_HTML_BYTES, "HTML page");
  const html = asDocument(decodeHtml(bytes));
  let content: ReturnType<typeof mainContentBlocks>;
  try {
    content = mainContentBlocks(parseHTML(html).document, html);
  } catch (error) {
    throw extractionError("corrupt", `HTML could not be parsed: ${String(error)}`, {
      userMessage: "This HTML file could not be parsed.",
      cause: error,
    });
  }
  const blocks = normalizeBlocks(content.blocks);
  if (blocks.length === 0) {
    throw extractionError("empty", "HTML page contains no visible text", {
      userMessage: "The HTML page contains no visible text.",
    });
  }
  return { pages: [{ page: 1, blocks }], ...(content.title ? { title: content.title } : {}) };
}

/** A fragment (a file that starts with <h3>) gets the html/body skeleton the parsers rely on. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}
