import { Readability } from "@mozilla/readability";
import type { TextBlock } from "@/lib/domain/types";
import { htmlToBlocks } from "./html-to-blocks";

/**
 * Readability's article is used only when it keeps at least this share of the page's text:
 * below that it has usually picked one box of a data sheet or index page, and dropping real
 * content costs a knowledge base more than keeping some navigation text.
 */
const MIN_ARTICLE_SHARE = 0.5;
/**
 * Beyond this many elements Readability gets slow (minutes for a few hundred thousand), and its
 * own maxElemsToParse guard does not work on linkedom, whose getElementsByTagName("*") is empty.
 */
const MAX_READABILITY_ELEMENTS = 50_000;

export interface MainContent {
  blocks: TextBlock[];
  title?: string;
}

/**
 * The page's main content as blocks: Readability's article (navigation, ads and footers
 * removed) when it found a substantial one, otherwise the whole body. The title is the
 * article's (from `<title>`, Open Graph or the first heading).
 */
export function mainContentBlocks(document: Document, source: string): MainContent {
  // The whole document, not just <body>: the parser is forgiving, and in tag soup (a <header>
  // before <body>, a script before <head>) content can sit outside the element it reports as body.
  const bodyBlocks = htmlToBlocks(document);
  const bodyLength = textLength(bodyBlocks);
  const article = countStartTags(source) <= MAX_READABILITY_ELEMENTS ? readArticle(document) : null;
  const title = article?.title?.trim() || document.title?.trim() || undefined;
  const articleBlocks = article?.content ? htmlToBlocks(article.content) : [];
  const useArticle = articleBlocks.length > 0 && textLength(articleBlocks) >= bodyLength * MIN_ARTICLE_SHARE;
  const blocks = useArticle ? withTitleHeading(articleBlocks, title) : bodyBlocks;
  return { blocks, ...(title ? { title } : {}) };
}

function readArticle(document: Document) {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    // Markup Readability cannot score: the whole body is used.
    return null;
  }
}

/** Readability drops the heading that repeats the title; it is put back so chunks keep it. */
function withTitleHeading(blocks: TextBlock[], title: string | undefined): TextBlock[] {
  const first = blocks[0];
  if (!title || (first?.kind === "heading" && first.text === title)) return blocks;
  return [{ kind: "heading", level: 1, text: title }, ...blocks];
}

function textLength(blocks: TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

function countStartTags(html: string): number {
  let count = 0;
  for (
    let at = html.indexOf("<");
    at !== -1 && count <= MAX_READABILITY_ELEMENTS;
    at = html.indexOf("<", at + 1)
  ) {
    const next = html.charCodeAt(at + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  return count;
}
