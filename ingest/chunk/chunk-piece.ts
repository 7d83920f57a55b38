/** A run of text on its way into a chunk, with where it came from. */
export interface ChunkPiece {
  text: string;
  page: number;
  /** Pieces of the same source block share an id and join with a space, not a blank line. */
  blockId: number;
  /** "overlap" marks text repeated from the previous chunk for context. */
  kind: "heading" | "body" | "overlap";
  /** Heading path in force where this piece appears (a heading's own path includes it). */
  headingPath: readonly string[];
}

/** Chunk text: blocks separated by a blank line, pieces of one block by a space. */
export function joinPieces(pieces: readonly ChunkPiece[]): string {
  let text = "";
  let previous: ChunkPiece | undefined;
  for (const piece of pieces) {
    if (previous) text += previous.blockId === piece.blockId ? " " : "\n\n";
    text += piece.text;
    previous = piece;
  }
  return text;
}
