import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type WatchedFileRow, watchedFiles } from "../schema";

export function listWatchedFiles(db: Db, root: string): WatchedFileRow[] {
  return db.select().from(watchedFiles).where(eq(watchedFiles.root, root)).all();
}

export function upsertWatchedFile(db: Db, row: WatchedFileRow): void {
  db.insert(watchedFiles)
    .values(row)
    .onConflictDoUpdate({
      target: [watchedFiles.root, watchedFiles.relativePath],
      set: { contentHash: row.contentHash, documentId: row.documentId, seenAt: row.seenAt },
    })
    .run();
}

export function deleteWatchedFile(db: Db, root: string, relativePath: string): void {
  db.delete(watchedFiles)
    .where(and(eq(watchedFiles.root, root), eq(watchedFiles.relativePath, relativePath)))
    .run();
}

/** Marks every remembered file of a root as seen now; the scan deletes the rows of vanished files itself. */
export function touchWatchedRoot(db: Db, root: string, seenAt: Date): void {
  db.update(watchedFiles).set({ seenAt }).where(eq(watchedFiles.root, root)).run();
}
