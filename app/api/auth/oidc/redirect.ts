/**
 * A redirect with a relative Location for paths on Quire: request.url carries the server's
 * bind address, not the name the browser used, so an absolute URL built from it could be wrong.
 */
export function redirectTo(location: string, cookies: string[]): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}
