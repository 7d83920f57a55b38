import { AppError } from "@/lib/errors/app-error";

/** Loose on purpose: one @, no spaces, a dot in the domain. Delivery is never attempted. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The one form an e-mail address is stored and looked up in: trimmed and lower-case. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function parseEmail(raw: string): string {
  const email = normalizeEmail(raw);
  if (!EMAIL.test(email) || email.length > 254) {
    throw new AppError("BAD_REQUEST", `Invalid e-mail ${JSON.stringify(raw)}`, {
      userMessage: `${JSON.stringify(raw)} is not an e-mail address.`,
    });
  }
  return email;
}
