import type { ExtractedPage } from "@/lib/domain/types";

const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{L}/u;
const MAX_LEVEL = 6;

/**
 * Re-levels numbered headings by their numbering. Font size alone mis-ranks them whenever a
 * document sets "5.1" in body-size capitals but "5.1.1" a point larger, which would make 5.1.1
 * the parent of 5.1. Section numbers say exactly how deep a heading sits, so "5" < "5.1" <
 * "5.1.1" holds; the shallowest numbered level keeps its place relative to unnumbered headings.
 */
export function alignNumberedHeadings(pages: readonly ExtractedPage[]): ExtractedPage[] {
  const numbered = pages.flatMap((page) =>
    page.blocks.flatMap((block) => {
      const depth = sectionDepth(block.text);
      return block.kind === "heading" && depth !== null ? [{ level: block.level ?? 1, depth }] : [];
    }),
  );
  if (numbered.length === 0) return [...pages];
  const topLevel = numbered.filter((heading) => heading.depth === 1).map((heading) => heading.level);
  const base =
    topLevel.length > 0 ? Math.min(...topLevel) - 1 : Math.min(...numbered.map((h) => h.level - h.depth));
  return pages.map((page) => ({
    ...page,
    blocks: page.blocks.map((block) => {
      const depth = block.kind === "heading" ? sectionDepth(block.text) : null;
      return depth === null ? block : { ...block, level: Math.min(Math.max(base, 0) + depth, MAX_LEVEL) };
    }),
  }));
}

function sectionDepth(text: string): number | null {
  const number = SECTION_NUMBER.exec(text)?.[1];
  return number === undefined ? null : number.split(".").length;
}
