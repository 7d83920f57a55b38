/** A file's identity across imports: the same key with new content becomes a new version. */
export function sourceKeyFor(collectionId: string, relativePath: string): string {
  return `${collectionId}:${relativePath}`;
}
