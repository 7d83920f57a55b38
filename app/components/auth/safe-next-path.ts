/**
 * Where to go after signing in: a path on this site only. Anything else (another host,
 * "//evil.example", a scheme) falls back to the Ask page, so the login link cannot be used
 * as an open redirect.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (raw.startsWith("/login")) return "/";
  return raw;
}

export function loginPathFor(next: string): string {
  const safe = safeNextPath(next);
  return safe === "/" ? "/login" : `/login?next=${encodeURIComponent(safe)}`;
}
