import { findGroupByName } from "@/db/queries/groups";
import type { GroupRow } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";

export function requireGroup(services: Pick<Services, "db">, name: string): GroupRow {
  const group = findGroupByName(services.db, name.trim());
  if (!group)
    throw new AppError("NOT_FOUND", `No group ${name}`, {
      userMessage: `There is no group named ${name.trim()}.`,
    });
  return group;
}
