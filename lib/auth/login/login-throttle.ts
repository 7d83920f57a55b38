import { clearLoginThrottle, readLoginThrottle, updateLoginThrottle } from "@/db/queries/login-throttle";
import { AppError } from "@/lib/errors/app-error";
import type { Services } from "@/lib/runtime/services";
import {
  afterFailure,
  EMAIL_RULE,
  IP_RULE,
  secondsBlocked,
  type ThrottleRule,
  throttleKey,
} from "./throttle-policy";

type Db = Services["db"];

function blockedFor(db: Db, rule: ThrottleRule, value: string, now: Date): number {
  return secondsBlocked(rule, readLoginThrottle(db, throttleKey(rule, value)), now);
}

/** Refuses the attempt before any password is checked when the IP or the e-mail is over its limit. */
export function assertMayAttemptLogin(db: Db, attempt: { email: string; ip: string }, now: Date): void {
  const ipWait = blockedFor(db, IP_RULE, attempt.ip, now);
  if (ipWait > 0) {
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins from ${attempt.ip}`, {
      userMessage: `Too many failed sign-ins from this address. Try again in ${describeWait(ipWait)}.`,
      retryAfterSeconds: ipWait,
    });
  }
  const emailWait = blockedFor(db, EMAIL_RULE, attempt.email, now);
  if (emailWait > 0) throw accountLocked(emailWait);
}

export function accountLocked(seconds: number): AppError {
  return new AppError("ACCOUNT_LOCKED", "Sign-in locked after repeated failures", {
    userMessage: `This account is locked after too many failed sign-ins. Try again in ${describeWait(seconds)}.`,
    retryAfterSeconds: seconds,
  });
}

/** Counts a failure against both keys; returns how long the e-mail is now locked (0: not locked). */
export function recordLoginFailure(db: Db, attempt: { email: string; ip: string }, now: Date): number {
  updateLoginThrottle(db, throttleKey(IP_RULE, attempt.ip), (current) => afterFailure(IP_RULE, current, now));
  const email = updateLoginThrottle(db, throttleKey(EMAIL_RULE, attempt.email), (current) =>
    afterFailure(EMAIL_RULE, current, now),
  );
  return secondsBlocked(EMAIL_RULE, email, now);
}

/**
 * A successful sign-in clears the e-mail's failures. The IP's stay: one valid account must not
 * let a guesser reset its address's count.
 */
export function clearLoginFailures(db: Db, email: string): void {
  clearLoginThrottle(db, throttleKey(EMAIL_RULE, email));
}

function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
