import { describe, expect, it } from "vitest";
import {
  afterFailure,
  EMAIL_RULE,
  IP_RULE,
  secondsBlocked,
  type ThrottleState,
} from "@/lib/auth/login/throttle-policy";

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, 0) + minutes * 60_000);

function failuresAt(rule: typeof EMAIL_RULE, minutes: number[]): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (const minute of minutes) state = afterFailure(rule, state, at(minute));
  return state;
}

describe("sign-in throttle policy", () => {
  it("locks an e-mail on its fifth failure for the full fifteen minutes from that failure", () => {
    const four = failuresAt(EMAIL_RULE, [0, 1, 2, 3]);
    expect(secondsBlocked(EMAIL_RULE, four, at(3))).toBe(0);
    const five = afterFailure(EMAIL_RULE, four, at(10));
    expect(five).toEqual({ failures: 5, windowStart: at(10) });
    expect(secondsBlocked(EMAIL_RULE, five, at(10))).toBe(15 * 60);
    expect(secondsBlocked(EMAIL_RULE, five, at(24))).toBe(60);
    expect(secondsBlocked(EMAIL_RULE, five, at(25))).toBe(0);
  });

  it("forgets failures once their window has passed", () => {
    const old = failuresAt(EMAIL_RULE, [0, 1, 2, 3]);
    expect(afterFailure(EMAIL_RULE, old, at(16))).toEqual({ failures: 1, windowStart: at(16) });
  });

  it("allows twenty failures per IP in fifteen minutes, then refuses until the window ends", () => {
    const minutes = Array.from({ length: 19 }, (_, index) => index * 0.5);
    const nineteen = failuresAt(IP_RULE, minutes);
    expect(secondsBlocked(IP_RULE, nineteen, at(10))).toBe(0);
    const twenty = afterFailure(IP_RULE, nineteen, at(10));
    expect(twenty.failures).toBe(20);
    expect(secondsBlocked(IP_RULE, twenty, at(10))).toBe(15 * 60);
  });

  it("never blocks a key without failures", () => {
    expect(secondsBlocked(IP_RULE, undefined, at(0))).toBe(0);
  });
});
