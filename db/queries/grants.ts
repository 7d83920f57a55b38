import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../client";
import { type GrantAccess, type GrantRow, grants } from "../schema";

export type Grantee = { kind: "user"; userId: string } | { kind: "group"; groupId: string };

/** Gives the grantee this access to the collection, replacing whatever access it had there. */
export function upsertGrant(
  db: Db,
  row: { id: string; collectionId: string; grantee: Grantee; access: GrantAccess },
): GrantRow {
  const { grantee } = row;
  return db
    .insert(grants)
    .values({
      id: row.id,
      collectionId: row.collectionId,
      userId: grantee.kind === "user" ? grantee.userId : null,
      groupId: grantee.kind === "group" ? grantee.groupId : null,
      access: row.access,
    })
    .onConflictDoUpdate({
      target:
        grantee.kind === "user"
          ? [grants.collectionId, grants.userId]
          : [grants.collectionId, grants.groupId],
      set: { access: row.access },
    })
    .returning()
    .get();
}

/** Every grant that reaches the user, directly or through one of the groups. */
export function grantsReaching(
  db: Db,
  userId: string,
  groupIds: string[],
): Array<Pick<GrantRow, "collectionId" | "access">> {
  const reaches =
    groupIds.length === 0
      ? eq(grants.userId, userId)
      : or(eq(grants.userId, userId), inArray(grants.groupId, groupIds));
  return db
    .select({ collectionId: grants.collectionId, access: grants.access })
    .from(grants)
    .where(reaches)
    .all();
}

/** Removes the grantee's grant on the collection; false when it had none. */
export function deleteGrant(db: Db, collectionId: string, grantee: Grantee): boolean {
  const who =
    grantee.kind === "user" ? eq(grants.userId, grantee.userId) : eq(grants.groupId, grantee.groupId);
  return (
    db
      .delete(grants)
      .where(and(eq(grants.collectionId, collectionId), who))
      .run().changes > 0
  );
}
