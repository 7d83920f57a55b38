import { and, eq, gte, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { jobs } from "../schema";

/** Running jobs whose worker has touched them since `since`: a sign that a worker is alive. */
export function countRecentlyRunningJobs(db: Db, since: Date): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(jobs)
    .where(and(eq(jobs.status, "running"), or(gte(jobs.updatedAt, since), gte(jobs.lockedAt, since))))
    .get();
  return row?.count ?? 0;
}
