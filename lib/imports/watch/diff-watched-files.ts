/** What a watched folder held at the previous scan, per file. */
export interface RememberedFile {
  relativePath: string;
  contentHash: string;
  documentId: string | null;
}

export interface FolderDiff {
  added: string[];
  changed: string[];
  removed: RememberedFile[];
  unchanged: string[];
}

/**
 * Compares the files found now (path -> content hash) with what was remembered. Paths in
 * `present` without a hash exist but were not read this time (still being written), so they are
 * neither new nor deleted.
 */
export function diffWatchedFiles(
  present: Map<string, string | null>,
  remembered: RememberedFile[],
): FolderDiff {
  const previous = new Map(remembered.map((file) => [file.relativePath, file]));
  const diff: FolderDiff = { added: [], changed: [], removed: [], unchanged: [] };
  for (const [path, hash] of present) {
    if (hash === null) continue;
    const before = previous.get(path);
    if (!before) diff.added.push(path);
    else if (before.contentHash !== hash) diff.changed.push(path);
    else diff.unchanged.push(path);
  }
  for (const file of remembered) if (!present.has(file.relativePath)) diff.removed.push(file);
  for (const list of [diff.added, diff.changed, diff.unchanged]) list.sort();
  diff.removed.sort((a, b) => (a.relativePath < b.relativePath ? -1 : 1));
  return diff;
}
