import type { ExtractedPage } from "@/lib/domain/types";

/** The cover is within the first pages; a lone top heading further in is a real part heading. */
const COVER_PAGES = 2;

/**
 * A cover page title is usually the largest text in a document and so becomes its only
 * level-1 heading, which would then head the path of every chunk ("Clinical Study Protocol >
 * 1 Introduction > ..."). When the top level holds just that one heading near the start, it is
 * moved down to the level of the document's real top-level headings, so the first of those
 * replaces it instead of nesting under it.
 */
export function levelCoverTitle(pages: readonly ExtractedPage[]): ExtractedPage[] {
  const headings = pages.flatMap((page) =>
    page.blocks.filter((block) => block.kind === "heading").map((block) => ({ block, page: page.page })),
  );
  const levelOf = (entry: (typeof headings)[number]) => entry.block.level ?? 1;
  const topLevel = Math.min(...headings.map(levelOf));
  const top = headings.filter((entry) => levelOf(entry) === topLevel);
  const rest = headings.filter((entry) => levelOf(entry) !== topLevel);
  const [title] = top;
  if (top.length !== 1 || !title || rest.length === 0) return [...pages];
  const firstPage = pages.find((page) => page.blocks.length > 0)?.page ?? 1;
  if (title.page >= firstPage + COVER_PAGES) return [...pages];
  const nextLevel = Math.min(...rest.map(levelOf));
  return pages.map((page) => ({
    ...page,
    blocks: page.blocks.map((block) => (block === title.block ? { ...block, level: nextLevel } : block)),
  }));
}
