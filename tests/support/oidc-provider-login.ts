/**
 * Drives the provider's development login and consent pages over HTTP, as a browser would,
 * with its own cookie jar: from the authorization URL to the redirect back to Quire's
 * callback, which it returns without following.
 */
export async function loginAtProvider(
  authorizationUrl: string,
  login: string,
  callbackPrefix: string,
): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(separator + 1).trim());
    }
    return response;
  };
  let response = await send(authorizationUrl);
  for (let step = 0; step < 20; step += 1) {
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, response.url || authorizationUrl);
      if (next.href.startsWith(callbackPrefix)) return next;
      response = await send(next.href);
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action)
      throw new Error(`Provider page without a form (${response.status}):\n${page.slice(0, 2000)}`);
    const form = page.includes('name="login"')
      ? new URLSearchParams({ prompt: "login", login, password: "any" })
      : new URLSearchParams({ prompt: "consent" });
    response = await send(new URL(action, response.url).href, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
  }
  throw new Error("The provider did not redirect back to Quire within 20 steps");
}
