import { randomUUID } from "node:crypto";
import { findGroupByName, insertGroup } from "@/db/queries/groups";
import type { GroupRow } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { parseGroupName } from "./group-name";

export function createGroup(services: Pick<Services, "db">, rawName: string): GroupRow {
  const name = parseGroupName(rawName);
  if (findGroupByName(services.db, name)) {
    throw new AppError("CONFLICT", `Group ${name} exists`, {
      userMessage: `A group named ${name} already exists.`,
    });
  }
  return insertGroup(services.db, { id: randomUUID(), name });
}
