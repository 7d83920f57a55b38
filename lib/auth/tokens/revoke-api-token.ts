import { findApiToken, revokeApiTokenRow } from "@/db/queries/api-tokens";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";

/** Revokes a token by id: every later request with it gets 401. Revoking twice is an error worth reporting. */
export function revokeApiToken(services: Pick<Services, "db">, id: string, now = new Date()): void {
  const token = findApiToken(services.db, id);
  if (!token)
    throw new AppError("NOT_FOUND", `Token ${id} not found`, {
      userMessage: `There is no token with id ${id}.`,
    });
  if (!revokeApiTokenRow(services.db, id, now)) {
    throw new AppError("CONFLICT", `Token ${id} already revoked`, {
      userMessage: `Token ${id} was already revoked.`,
    });
  }
}
