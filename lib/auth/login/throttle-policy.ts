/**
 * Sign-in limits. Per e-mail: after 5 failures the address is locked for 15 minutes, whether
 * or not an account exists for it (so a lock does not reveal which addresses have accounts).
 * Per client IP: 20 failures within 15 minutes, then refused until the window ends.
 */
export interface ThrottleRule {
  prefix: "email" | "ip";
  maxFailures: number;
  windowMs: number;
}

export const EMAIL_RULE: ThrottleRule = { prefix: "email", maxFailures: 5, windowMs: 15 * 60_000 };
export const IP_RULE: ThrottleRule = { prefix: "ip", maxFailures: 20, windowMs: 15 * 60_000 };

export interface ThrottleState {
  windowStart: Date;
  failures: number;
}

export function throttleKey(rule: ThrottleRule, value: string): string {
  return `${rule.prefix}:${value}`;
}

/** Seconds until the key may try again; 0 when it may try now. */
export function secondsBlocked(rule: ThrottleRule, state: ThrottleState | undefined, now: Date): number {
  if (!state || state.failures < rule.maxFailures) return 0;
  const endsAt = state.windowStart.getTime() + rule.windowMs;
  return Math.max(0, Math.ceil((endsAt - now.getTime()) / 1000));
}

/**
 * The state after one more failure. A window older than the rule's starts afresh; reaching the
 * limit restarts the window, so a lock always lasts the full period from the failure that set it.
 */
export function afterFailure(rule: ThrottleRule, state: ThrottleState | undefined, now: Date): ThrottleState {
  const expired = !state || now.getTime() - state.windowStart.getTime() >= rule.windowMs;
  const failures = expired ? 1 : state.failures + 1;
  const windowStart = expired || failures === rule.maxFailures ? now : state.windowStart;
  return { windowStart, failures };
}
