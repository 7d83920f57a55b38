import { AppError } from "@/lib/errors/app-error";

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 takes any length, but an unbounded one lets a single request burn CPU and memory. */
export const MAX_PASSWORD_LENGTH = 1024;

export function assertAcceptablePassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("BAD_REQUEST", "Password too short", {
      userMessage: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AppError("BAD_REQUEST", "Password too long", {
      userMessage: `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`,
    });
  }
}
