import type { OfficeContentNode } from "officeparser";
import type { ExtractedPage, TextBlock } from "@/lib/domain/types";
import { normalizeBlocks } from "../normalize-blocks";
import { joinCells } from "../shared/join-cells";
import { MAX_ROWS_PER_SHEET, truncationNotice } from "../shared/sheet-limits";
import { nodeBlocks } from "./node-blocks";
import { nodeText } from "./node-text";

/**
 * Lays officeparser content out as pages a citation can point to: a presentation gets one page
 * per slide (page = slide number, label "Slide N", the slide title as its level-1 heading, or
 * "Slide N" when it has none, so headings never leak from the previous slide); a spreadsheet one
 * page per sheet (page = sheet position, label "Sheet: name"); anything else is one page 1.
 * Pages without text are omitted.
 */
export function astPages(content: readonly OfficeContentNode[]): ExtractedPage[] {
  const pages = content.some((node) => node.type === "slide")
    ? slidePages(content)
    : content.some((node) => node.type === "sheet")
      ? sheetPages(content)
      : [{ page: 1, blocks: content.flatMap(nodeBlocks) }];
  return pages
    .map((page) => ({ ...page, blocks: normalizeBlocks(page.blocks) }))
    .filter((page) => page.blocks.length > 0);
}

function slidePages(content: readonly OfficeContentNode[]): ExtractedPage[] {
  const slides = content.filter((node) => node.type === "slide");
  return slides.flatMap((slide, index) => {
    const number = slide.metadata?.slideNumber ?? index + 1;
    const blocks = normalizeBlocks(nodeBlocks(slide));
    if (blocks.length === 0) return [];
    return [{ page: number, label: `Slide ${number}`, blocks: titleFirst(blocks, number) }];
  });
}

/**
 * Shapes come in drawing order, so a date or logo placeholder can precede the title: the title
 * (first level-1 heading) is moved to the front, or "Slide N" stands in for a missing one.
 */
function titleFirst(blocks: TextBlock[], number: number): TextBlock[] {
  const index = blocks.findIndex((block) => block.kind === "heading" && block.level === 1);
  const title = blocks[index];
  if (!title) return [{ kind: "heading", level: 1, text: `Slide ${number}` }, ...blocks];
  return [title, ...blocks.slice(0, index), ...blocks.slice(index + 1)];
}

function sheetPages(content: readonly OfficeContentNode[]): ExtractedPage[] {
  const sheets = content.filter((node) => node.type === "sheet");
  return sheets.flatMap((sheet, index) => {
    const name = sheet.metadata?.sheetName?.trim() || `Sheet ${index + 1}`;
    const rows = (sheet.children ?? [])
      .map((row) => joinCells((row.children ?? []).map((cell) => nodeText(cell))))
      .filter((text) => text !== "");
    if (rows.length === 0) return [];
    const kept: TextBlock[] = rows.slice(0, MAX_ROWS_PER_SHEET).map((text) => ({ kind: "paragraph", text }));
    if (rows.length > MAX_ROWS_PER_SHEET)
      kept.push({ kind: "paragraph", text: truncationNotice(MAX_ROWS_PER_SHEET, rows.length) });
    const heading: TextBlock = { kind: "heading", level: 1, text: name };
    return [{ page: index + 1, label: `Sheet: ${name}`, blocks: [heading, ...kept] }];
  });
}
