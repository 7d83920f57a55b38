/** API tokens read `qt_` + 43 base64url characters (32 random bytes), so they are easy to spot in a leak scan. */
export const TOKEN_PREFIX = "qt_";

export function looksLikeApiToken(value: string): boolean {
  return /^qt_[A-Za-z0-9_-]{43}$/.test(value);
}
