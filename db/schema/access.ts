import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";

export const USER_ROLES = ["admin", "editor", "reader"] as const;

export const TOKEN_SCOPES = ["read", "ingest", "admin"] as const;

export const GRANT_ACCESS = ["read", "manage"] as const;

/** People who sign in. Local accounts carry an argon2id hash; SSO accounts (later) an OIDC subject instead. */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Always stored lower-case, so lookups and the unique index ignore case. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: USER_ROLES }).notNull(),
    passwordHash: text("password_hash"),
    oidcSubject: text("oidc_subject"),
    disabledAt: timestamp("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_idx").on(t.email),
    uniqueIndex("users_oidc_subject_idx").on(t.oidcSubject),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_role_known", sql`${t.role} in ('admin', 'editor', 'reader')`),
  ],
);

/** Browser sessions. The id is the SHA-256 of the cookie's token, so a leaked database holds no usable cookie. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at").notNull(),
    lastSeenAt: timestamp("last_seen_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

export const groups = sqliteTable(
  "groups",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("groups_name_idx").on(t.name)],
);

export const groupMembers = sqliteTable(
  "group_members",
  {
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index("group_members_user_idx").on(t.userId)],
);

/**
 * Every document belongs to one collection (documents.collection_id). There is no foreign key
 * from documents: SQLite cannot add one to an existing column without rebuilding the table, so
 * the code that stores documents resolves the collection first.
 */
export const collections = sqliteTable(
  "collections",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("collections_name_idx").on(t.name)],
);

/** Read or manage access to a collection, given to exactly one user or one group. Manage implies read. */
export const grants = sqliteTable(
  "grants",
  {
    id: text("id").primaryKey(),
    collectionId: text("collection_id")
      .notNull()
      .references(() => collections.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    groupId: text("group_id").references(() => groups.id, { onDelete: "cascade" }),
    access: text("access", { enum: GRANT_ACCESS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // NULLs are distinct in SQLite unique indexes, so a group grant never collides with a user grant.
    uniqueIndex("grants_collection_user_idx").on(t.collectionId, t.userId),
    uniqueIndex("grants_collection_group_idx").on(t.collectionId, t.groupId),
    index("grants_user_idx").on(t.userId),
    index("grants_group_idx").on(t.groupId),
    check("grants_one_grantee", sql`(${t.userId} is null) <> (${t.groupId} is null)`),
    check("grants_access_known", sql`${t.access} in ('read', 'manage')`),
  ],
);

/** Per-user API tokens for `Authorization: Bearer`. Only the SHA-256 of the token is stored. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    scope: text("scope", { enum: TOKEN_SCOPES }).notNull(),
    label: text("label").notNull().default(""),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at"),
    revokedAt: timestamp("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_idx").on(t.tokenHash),
    index("api_tokens_user_idx").on(t.userId),
    check("api_tokens_scope_known", sql`${t.scope} in ('read', 'ingest', 'admin')`),
  ],
);

/**
 * Failed sign-ins per key ("ip:203.0.113.7", "email:ana@example.org") in the current window.
 * Kept in SQLite, not in memory, so limits hold across restarts and across processes.
 */
export const loginThrottle = sqliteTable("login_throttle", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start").notNull(),
  failures: integer("failures").notNull(),
});

export type UserRow = typeof users.$inferSelect;

export type UserRole = UserRow["role"];

export type SessionRow = typeof sessions.$inferSelect;

export type GroupRow = typeof groups.$inferSelect;

export type CollectionRow = typeof collections.$inferSelect;

export type GrantRow = typeof grants.$inferSelect;

export type GrantAccess = GrantRow["access"];

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export type TokenScope = ApiTokenRow["scope"];

export type LoginThrottleRow = typeof loginThrottle.$inferSelect;
