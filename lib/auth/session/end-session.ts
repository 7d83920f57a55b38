import { deleteSession } from "@/db/queries/sessions";
import type { Services } from "@/lib/runtime/services";

/** Signs a session out: its cookie stops working at once, on every tab. */
export function endSession(services: Pick<Services, "db">, sessionId: string): boolean {
  return deleteSession(services.db, sessionId);
}
