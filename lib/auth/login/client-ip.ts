/**
 * The address failed sign-ins are counted against. Next.js puts the socket's address in
 * X-Forwarded-For when the request has none, and a reverse proxy appends the address it saw,
 * so the last entry is the nearest hop we can name. A client talking to Quire directly can
 * send its own X-Forwarded-For, so the per-IP limit is only firm behind a proxy that sets
 * the header; the per-e-mail lock holds regardless.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .at(-1);
  return last?.slice(0, 64) ?? "unknown";
}
