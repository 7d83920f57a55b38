import { countUsers } from "@/db/queries/users";
import type { Services } from "@/lib/runtime/services";

/** False on a fresh install: nobody can sign in until the first admin is created. */
export function hasUsers(services: Pick<Services, "db">): boolean {
  return countUsers(services.db) > 0;
}
