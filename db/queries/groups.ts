import { eq } from "drizzle-orm";
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
