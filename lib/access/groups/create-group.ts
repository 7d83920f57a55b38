import { randomUUID } from "node:crypto";
import { findGroupByName, insertGroup } from "@/db/queries/groups";
import type { GroupRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { parseGroupName } from "./group-name";

export function createGroup(
  services: Pick<Services, "db">,
  rawName: string,
  actor: AuditActor = SYSTEM_ACTOR,
): GroupRow {
  const name = parseGroupName(rawName);
  if (findGroupByName(services.db, name)) {
    throw new AppError("CONFLICT", `Group ${name} exists`, {
      userMessage: `A group named ${name} already exists.`,
    });
  }
  const group = insertGroup(services.db, { id: randomUUID(), name });
  appendAuditEvent(services, {
    action: "group.create",
    actor,
    target: { type: "group", id: group.id },
    details: { name },
  });
  return group;
}
