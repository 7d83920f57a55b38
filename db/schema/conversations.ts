import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./access";
import { createdAt } from "./columns";

/** A thread of questions and answers, owned by the user who started it. */
export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /**
     * The model's summary of the oldest turns, written when the history no longer fits the
     * context window; `summaryTurns` says how many turns (oldest first) it stands for.
     */
    summary: text("summary"),
    summaryTurns: integer("summary_turns").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("conversations_user_updated_idx").on(t.userId, t.updatedAt)],
);

/** One sentence of an answer and how well the sources it cites support it. */
export interface StoredClaim {
  text: string;
  citations: number[];
  support: "supported" | "weak" | "unsupported";
  span?: { documentId: string; page: number; start: number; end: number };
}

export const answers = sqliteTable(
  "answers",
  {
    id: text("id").primaryKey(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    abstained: integer("abstained", { mode: "boolean" }).notNull(),
    status: text("status", { enum: ["complete", "incomplete", "cancelled"] }).notNull(),
    retrievalMode: text("retrieval_mode", { enum: ["hybrid", "keyword"] }).notNull(),
    modelName: text("model_name").notNull(),
    modelDigest: text("model_digest"),
    /** Null for answers recorded before conversations existed. */
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "cascade" }),
    /** Who asked; null for answers recorded before sign-in existed. */
    userId: text("user_id"),
    /** The standalone query retrieval ran with when it differs from the question (a rewritten follow-up). */
    searchQuery: text("search_query"),
    /** Per-sentence support check of the answer; null when none ran (abstained, cut off, older answers). */
    claims: text("claims", { mode: "json" }).$type<StoredClaim[]>(),
    /** Set on an answer produced by "regenerate": it takes the place of this earlier answer in the thread. */
    replacesAnswerId: text("replaces_answer_id"),
    createdAt: createdAt(),
  },
  (t) => [index("answers_conversation_idx").on(t.conversationId, t.createdAt)],
);

/** A person's verdict on an answer, with the reason, for admins to review. One per person and answer. */
export const answerFeedback = sqliteTable(
  "answer_feedback",
  {
    answerId: text("answer_id")
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: text("rating", { enum: ["up", "down"] }).notNull(),
    /** A fixed reason code (wrong, unsupported, incomplete, irrelevant_sources, outdated, helpful, other). */
    reason: text("reason"),
    comment: text("comment"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    primaryKey({ columns: [t.answerId, t.userId] }),
    index("answer_feedback_created_idx").on(t.createdAt),
  ],
);

/** Sources shown with an answer; `cited` marks the ones the answer actually referenced. */
export const answerSources = sqliteTable(
  "answer_sources",
  {
    answerId: text("answer_id")
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    n: integer("n").notNull(),
    chunkId: text("chunk_id").notNull(),
    // No foreign key: the history of what was shown must survive a document's deletion.
    documentId: text("document_id").notNull(),
    title: text("title").notNull(),
    pageStart: integer("page_start").notNull(),
    pageEnd: integer("page_end").notNull(),
    /** "Slide 3", "Sheet: Budget"; null when the source is cited by page number. */
    pageLabel: text("page_label"),
    /** The passage was read by OCR. */
    ocr: integer("ocr", { mode: "boolean" }).notNull().default(false),
    snippet: text("snippet").notNull(),
    cited: integer("cited", { mode: "boolean" }).notNull(),
    /** Where the passage lies in the stored page text (document_pages), for the viewer's highlight. */
    passagePage: integer("passage_page"),
    passageStart: integer("passage_start"),
    passageEnd: integer("passage_end"),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.n] })],
);

export type AnswerRow = typeof answers.$inferSelect;

export type AnswerSourceRow = typeof answerSources.$inferSelect;

export type ConversationRow = typeof conversations.$inferSelect;

export type AnswerFeedbackRow = typeof answerFeedback.$inferSelect;
