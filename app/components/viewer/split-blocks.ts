/** A page's stored block: offsets into its text, as ingestion recorded them. */
export interface StoredBlock {
  kind: "heading" | "paragraph";
  level?: number;
  start: number;
  end: number;
}

export interface RenderedBlock {
  kind: "heading" | "paragraph";
  level: number;
  /** Text before, inside and after the highlighted span; `marked` parts are the span. */
  parts: Array<{ text: string; marked: boolean }>;
}

/**
 * Cuts each block's text at the span's edges so the view can wrap the span in <mark>
 * without ever building HTML from stored text. A span may cross blocks.
 */
export function splitBlocks(
  text: string,
  blocks: readonly StoredBlock[],
  span: { start: number; end: number } | null,
): RenderedBlock[] {
  const source = blocks.length > 0 ? blocks : [{ kind: "paragraph" as const, start: 0, end: text.length }];
  return source.map((block) => {
    const cuts = span
      ? [block.start, clamp(span.start, block), clamp(span.end, block), block.end]
      : [block.start, block.end, block.end, block.end];
    const parts = [
      { text: text.slice(cuts[0], cuts[1]), marked: false },
      { text: text.slice(cuts[1], cuts[2]), marked: true },
      { text: text.slice(cuts[2], cuts[3]), marked: false },
    ].filter((part) => part.text !== "");
    return { kind: block.kind, level: block.level ?? 1, parts };
  });
}

function clamp(offset: number, block: { start: number; end: number }): number {
  return Math.min(Math.max(offset, block.start), block.end);
}
