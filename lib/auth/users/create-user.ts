import { randomUUID } from "node:crypto";
import { findUserByEmail, insertUser } from "@/db/queries/users";
import type { UserRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditActor, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { hashPassword } from "../password/hash-password";
import { assertAcceptablePassword } from "../password/password-rules";
import type { Role } from "../roles";
import { parseEmail } from "./normalize-email";

export interface NewUserInput {
  email: string;
  role: Role;
  /** Shown in the header; defaults to the part of the e-mail before the @. */
  name?: string;
  password: string;
}

/** Creates a local account with an argon2id-hashed password. A second account for one e-mail is refused. */
export async function createUser(
  services: Pick<Services, "db">,
  input: NewUserInput,
  actor: AuditActor = SYSTEM_ACTOR,
): Promise<UserRow> {
  const email = parseEmail(input.email);
  assertAcceptablePassword(input.password);
  const refuseDuplicate = () => {
    throw new AppError("CONFLICT", `User ${email} exists`, {
      userMessage: `A user with the e-mail ${email} already exists.`,
    });
  };
  if (findUserByEmail(services.db, email)) refuseDuplicate();
  const passwordHash = await hashPassword(input.password);
  const name = input.name?.trim() || (email.split("@")[0] ?? email);
  let user: UserRow;
  try {
    user = insertUser(services.db, { id: randomUUID(), email, name, role: input.role, passwordHash });
  } catch (error) {
    // Created by someone else while the password was being hashed.
    if (findUserByEmail(services.db, email)) refuseDuplicate();
    throw error;
  }
  appendAuditEvent(services, {
    action: "user.create",
    actor,
    target: { type: "user", id: user.id },
    details: { email, role: user.role },
  });
  return user;
}
