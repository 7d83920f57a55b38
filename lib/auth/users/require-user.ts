import { findUserByEmail } from "@/db/queries/users";
import type { UserRow } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { normalizeEmail } from "./normalize-email";

export function requireUserByEmail(services: Pick<Services, "db">, email: string): UserRow {
  const user = findUserByEmail(services.db, normalizeEmail(email));
  if (!user)
    throw new AppError("NOT_FOUND", `No user ${email}`, {
      userMessage: `There is no user with the e-mail ${email}.`,
    });
  return user;
}
