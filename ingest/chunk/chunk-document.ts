import type { ChunkDraft, ExtractedDocument } from "@/lib/domain/types";
import { estimateTokens } from "@/lib/text/estimate-tokens";
import { type ChunkPiece, joinPieces } from "./chunk-piece";
import { chunkPageFacts, type PageFactsByNumber, pageFactsByNumber } from "./page-facts";
import { splitToFit } from "./split-to-fit";
import { takeOverlap } from "./take-overlap";

export interface ChunkOptions {
  /** Size a chunk is filled to when a paragraph has to be split. */
  targetTokens?: number;
  /** Hard ceiling (by estimateTokens) for every chunk, overlap included. */
  maxTokens?: number;
  /** A new heading starts a new chunk only once the current one has this much body text. */
  minTokens?: number;
  /** Context repeated from the previous chunk when a section is split across chunks. */
  overlapTokens?: number;
}

const DEFAULTS: Required<ChunkOptions> = {
  targetTokens: 400,
  maxTokens: 500,
  minTokens: 300,
  overlapTokens: 60,
};

/**
 * Cuts an extracted document into retrieval chunks, following its structure: whole paragraphs
 * are packed together, a heading starts a new chunk once the current one is reasonably full
 * (small sections share a chunk; a heading always travels with the text after it), and only
 * paragraphs too big to fit are split, at sentence boundaries, with the last sentences of one
 * chunk repeated at the start of the next. Each chunk records the pages of the text it
 * contains, the heading path its text shares, its first page's label ("Slide 3") and whether any
 * of its text came from OCR. Pure and deterministic.
 */
export function chunkDocument(doc: ExtractedDocument, options: ChunkOptions = {}): ChunkDraft[] {
  const settings = resolve(options);
  const pageFacts = pageFactsByNumber(doc.pages);
  const chunks: ChunkDraft[] = [];
  const headings: { level: number; text: string }[] = [];
  let pieces: ChunkPiece[] = [];
  let blockId = 0;

  const bodyTokens = () => estimateTokens(joinPieces(pieces.filter((piece) => piece.kind === "body")));
  const fits = (extra: ChunkPiece, limit: number) => estimateTokens(joinPieces([...pieces, extra])) <= limit;
  const flush = (withOverlap: boolean) => {
    // A heading belongs with the text after it, so one that would end a chunk moves to the next.
    let end = pieces.length;
    while (end > 0 && pieces[end - 1]?.kind === "heading") end--;
    const trailingHeadings = pieces.slice(end);
    pieces = pieces.slice(0, end);
    const emitted = emit(chunks, pieces, pageFacts);
    const overlap = withOverlap && emitted && trailingHeadings.length === 0;
    pieces = [...(overlap ? takeOverlap(pieces, settings.overlapTokens) : []), ...trailingHeadings];
  };
  const dropOverlap = () => {
    pieces = pieces.filter((piece) => piece.kind !== "overlap");
  };
  /** Adds part of a split paragraph, starting a new chunk (with overlap) when it would pass `limit`. */
  const add = (piece: ChunkPiece, limit: number) => {
    if (!fits(piece, limit)) {
      flush(true);
      if (!fits(piece, settings.maxTokens)) dropOverlap();
    }
    pieces.push(piece);
  };

  for (const page of doc.pages) {
    for (const block of page.blocks) {
      blockId++;
      const text = block.text.trim();
      if (!text) continue;
      if (block.kind === "heading") {
        const level = block.level ?? 1;
        while ((headings.at(-1)?.level ?? 0) >= level) headings.pop();
        headings.push({ level, text });
      }
      const headingPath = headings.map((heading) => heading.text);
      if (block.kind === "heading" && startsNewChunk(pieces, headingPath, bodyTokens(), settings.minTokens)) {
        flush(false);
      }
      const kind = block.kind === "heading" ? "heading" : "body";
      const piece: ChunkPiece = { text, page: page.page, blockId, kind, headingPath };
      // Overlap is a courtesy: it never forces a paragraph that fits on its own to be split.
      if (!fits(piece, settings.maxTokens) && bodyTokens() === 0) dropOverlap();
      if (fits(piece, settings.maxTokens)) {
        pieces.push(piece);
      } else if (kind === "heading") {
        flush(false);
        pieces.push(piece);
      } else if (estimateTokens(text) <= settings.maxTokens && bodyTokens() >= settings.minTokens) {
        flush(true);
        if (!fits(piece, settings.maxTokens)) dropOverlap();
        pieces.push(piece);
      } else {
        // Too big for what is left: fill this chunk sentence by sentence, then carry on.
        for (const part of splitToFit(text, settings.targetTokens))
          add({ ...piece, text: part }, settings.targetTokens);
      }
    }
  }
  emit(chunks, pieces, pageFacts);
  return chunks;
}

/**
 * A heading opens a new chunk once the current one is reasonably full, or sooner (from a
 * third of that) when it opens a new top-level part that shares no heading with the current
 * chunk, so chunks rarely straddle chapters.
 */
function startsNewChunk(
  pieces: readonly ChunkPiece[],
  headingPath: readonly string[],
  bodyTokens: number,
  minTokens: number,
): boolean {
  if (bodyTokens >= minTokens) return true;
  const own = pieces.filter((piece) => piece.kind !== "overlap").map((piece) => piece.headingPath);
  const sharedNow = commonPrefix(own);
  return (
    bodyTokens >= minTokens / 3 && sharedNow.length > 0 && commonPrefix([...own, headingPath]).length === 0
  );
}

/** Appends a chunk made of `pieces` unless it would hold nothing but repeated overlap. */
function emit(chunks: ChunkDraft[], pieces: readonly ChunkPiece[], pageFacts: PageFactsByNumber): boolean {
  const own = pieces.filter((piece) => piece.kind !== "overlap");
  if (own.length === 0) return false;
  const text = joinPieces(pieces);
  const pages = pieces.map((piece) => piece.page);
  chunks.push({
    ordinal: chunks.length,
    text,
    pageStart: Math.min(...pages),
    pageEnd: Math.max(...pages),
    headingPath: commonPrefix(own.map((piece) => piece.headingPath)),
    tokenCount: estimateTokens(text),
    ...chunkPageFacts(pages, pageFacts),
  });
  return true;
}

/** The heading path every piece of the chunk lies under; a chunk spanning sections gets their shared parent. */
function commonPrefix(paths: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = paths;
  let length = first.length;
  for (const path of rest) {
    let same = 0;
    while (same < Math.min(length, path.length) && path[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length);
}

function resolve(options: ChunkOptions): Required<ChunkOptions> {
  const maxTokens = Math.max(1, options.maxTokens ?? DEFAULTS.maxTokens);
  const targetTokens = Math.min(
    maxTokens,
    Math.max(1, options.targetTokens ?? Math.min(DEFAULTS.targetTokens, maxTokens)),
  );
  const minTokens = Math.min(targetTokens, Math.max(0, options.minTokens ?? Math.round(targetTokens * 0.75)));
  const overlapTokens = Math.min(
    Math.floor(targetTokens / 2),
    Math.max(0, options.overlapTokens ?? DEFAULTS.overlapTokens),
  );
  return { targetTokens, maxTokens, minTokens, overlapTokens };
}
