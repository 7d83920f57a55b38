import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { type GroupRow, groupMembers, groups } from "../schema";

export function insertGroup(db: Db, row: { id: string; name: string }): GroupRow {
  return db.insert(groups).values(row).returning().get();
}

export function findGroupByName(db: Db, name: string): GroupRow | undefined {
  return db.select().from(groups).where(eq(groups.name, name)).get();
}

/** Adds the user to the group; adding an existing member again changes nothing. Returns whether it was new. */
export function insertGroupMember(db: Db, groupId: string, userId: string): boolean {
  return db.insert(groupMembers).values({ groupId, userId }).onConflictDoNothing().run().changes > 0;
}

export function groupIdsOfUser(db: Db, userId: string): string[] {
  return db
    .select({ groupId: groupMembers.groupId })
    .from(groupMembers)
    .where(eq(groupMembers.userId, userId))
    .all()
    .map((row) => row.groupId);
}

export function removeGroupMember(db: Db, groupId: string, userId: string): boolean {
  return (
    db
      .delete(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
      .run().changes > 0
  );
}

export function findGroupsByNames(db: Db, names: readonly string[]): GroupRow[] {
  if (names.length === 0) return [];
  return db
    .select()
    .from(groups)
    .where(inArray(groups.name, [...names]))
    .all();
}

export function groupsOfUser(db: Db, userId: string): GroupRow[] {
  return db
    .select({ id: groups.id, name: groups.name, createdAt: groups.createdAt })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(eq(groupMembers.userId, userId))
    .all();
}
