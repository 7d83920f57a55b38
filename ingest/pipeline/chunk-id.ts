/**
 * Chunk ids derive from the document id and position, and every version of a file is its
 * own document id, so rewriting a stage after a crash replaces rows instead of adding them.
 */
export function chunkIdFor(documentId: string, ordinal: number): string {
  return `${documentId}:${ordinal}`;
}
