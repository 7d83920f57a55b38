import { findUserByEmail } from "@/db/queries/users";
import type { UserRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ANONYMOUS_ACTOR, userActor } from "@/lib/audit/audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import { MAX_PASSWORD_LENGTH } from "../password/password-rules";
import { verifyPassword } from "../password/verify-password";
import { createSession, type NewSession } from "../session/create-session";
import { normalizeEmail } from "../users/normalize-email";
import {
  accountLocked,
  assertMayAttemptLogin,
  clearLoginFailures,
  recordLoginFailure,
} from "./login-throttle";

export interface SignInAttempt {
  email: string;
  password: string;
  /** Where the attempt came from, for the per-IP limit (see clientIp). */
  ip: string;
}

const WRONG_CREDENTIALS = "The e-mail address or password is not correct.";

/**
 * Checks an e-mail and password and opens a session. Every failure looks the same from the
 * outside (unknown e-mail, wrong password, disabled or SSO-only account) and takes the time of
 * one argon2 verification; repeated failures lock the e-mail and then the IP (see
 * throttle-policy.ts).
 */
export async function signIn(
  services: Pick<Services, "db" | "config">,
  attempt: SignInAttempt,
  now = new Date(),
): Promise<{ user: UserRow; session: NewSession }> {
  const email = normalizeEmail(attempt.email);
  const keys = { email, ip: attempt.ip };
  assertMayAttemptLogin(services.db, keys, now);
  const user = findUserByEmail(services.db, email);
  const password = attempt.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  const matches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !matches || user.disabledAt !== null) {
    const locked = recordLoginFailure(services.db, keys, now);
    // An unknown e-mail is not recorded: people type passwords into the e-mail field.
    const actor = user ? userActor(user) : ANONYMOUS_ACTOR;
    const reason = !user ? "unknown_email" : user.disabledAt !== null ? "disabled" : "wrong_password";
    appendAuditEvent(
      services,
      { action: "auth.sign_in_failed", actor, details: { ip: attempt.ip, reason } },
      now,
    );
    if (locked > 0) {
      appendAuditEvent(
        services,
        { action: "auth.locked", actor, details: { ip: attempt.ip, seconds: locked } },
        now,
      );
      throw accountLocked(locked);
    }
    throw new AppError("UNAUTHORIZED", `Failed sign-in for ${email}`, { userMessage: WRONG_CREDENTIALS });
  }
  clearLoginFailures(services.db, email);
  const session = createSession(services, user.id, now);
  appendAuditEvent(
    services,
    {
      action: "auth.sign_in",
      actor: userActor(user),
      target: { type: "user", id: user.id },
      details: { ip: attempt.ip, method: "password" },
    },
    now,
  );
  return { user, session };
}
