/**
 * Turns ranked chunk hits into ranked corpus ids: a document counts at the rank of its
 * best chunk. One stored document can stand for several corpus ids when the corpus
 * holds identical documents (the upload deduplicates them by content).
 */
export function rankCorpusIds(
  hits: ReadonlyArray<{ documentId: string }>,
  corpusIdsByDocument: ReadonlyMap<string, readonly string[]>,
): string[] {
  const ranked = new Set<string>();
  for (const hit of hits) {
    for (const corpusId of corpusIdsByDocument.get(hit.documentId) ?? []) ranked.add(corpusId);
  }
  return [...ranked];
}
