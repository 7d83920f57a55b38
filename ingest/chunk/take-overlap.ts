import { estimateTokens } from "@/lib/text/estimate-tokens";
import type { ChunkPiece } from "./chunk-piece";
import { splitSentences } from "./split-sentences";

/**
 * The context a chunk carries over from the one before it: the last whole sentences of its
 * body that fit in `overlapTokens`, or, when even the last sentence is longer, its last words.
 * Headings are never repeated (the heading path already says where the text is).
 */
export function takeOverlap(pieces: readonly ChunkPiece[], overlapTokens: number): ChunkPiece[] {
  if (overlapTokens <= 0) return [];
  const taken: ChunkPiece[] = [];
  let budget = overlapTokens;
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index];
    if (!piece || piece.kind === "heading") break;
    const sentences = splitSentences(piece.text);
    for (let s = sentences.length - 1; s >= 0; s--) {
      const sentence = sentences[s] ?? "";
      const cost = estimateTokens(sentence);
      if (cost > budget) {
        if (taken.length === 0) return lastWords(piece, sentence, overlapTokens);
        return taken;
      }
      budget -= cost;
      taken.unshift({ ...piece, text: sentence, kind: "overlap" });
    }
  }
  return taken;
}

function lastWords(piece: ChunkPiece, sentence: string, overlapTokens: number): ChunkPiece[] {
  const words = sentence.split(/\s+/).filter(Boolean);
  let start = words.length;
  while (start > 0 && estimateTokens(words.slice(start - 1).join(" ")) <= overlapTokens) start--;
  if (start === words.length) return [];
  return [{ ...piece, text: words.slice(start).join(" "), kind: "overlap" }];
}
