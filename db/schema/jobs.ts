import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { documents } from "./documents";

export const jobs = sqliteTable(
  "jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["ingest"] }).notNull(),
    status: text("status", { enum: ["queued", "running", "done", "failed", "cancelled"] })
      .notNull()
      .default("queued"),
    stage: text("stage"),
    progress: integer("progress").notNull().default(0),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    runAfter: integer("run_after", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    lockedBy: text("locked_by"),
    lockedAt: integer("locked_at", { mode: "timestamp_ms" }),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("jobs_status_run_after_idx").on(t.status, t.runAfter)],
);

/** A group of files imported together (CLI import, zip or folder upload, watched folder), for progress and ETA. */
export const importBatches = sqliteTable("import_batches", {
  id: text("id").primaryKey(),
  label: text("label").notNull(),
  origin: text("origin", { enum: ["cli", "upload", "watch"] }).notNull(),
  total: integer("total").notNull().default(0),
  skipped: integer("skipped").notNull().default(0),
  createdAt: createdAt(),
  finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
});

/** What a watched folder last held, so new, changed and deleted files can be told apart. */
export const watchedFiles = sqliteTable(
  "watched_files",
  {
    root: text("root").notNull(),
    relativePath: text("relative_path").notNull(),
    contentHash: text("content_hash").notNull(),
    documentId: text("document_id"),
    seenAt: integer("seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.root, t.relativePath] })],
);

export type JobRow = typeof jobs.$inferSelect;

export type ImportBatchRow = typeof importBatches.$inferSelect;

export type WatchedFileRow = typeof watchedFiles.$inferSelect;
