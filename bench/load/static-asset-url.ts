/**
 * A file Next.js serves straight from .next/static: the cheapest route the server has, so
 * its throughput is the ceiling this machine, this client and this server reach at all.
 */
export async function findStaticAssetUrl(baseUrl: string): Promise<string> {
  // The sign-in page: the one page served without a session.
  const html = await (await fetch(`${baseUrl}/login`)).text();
  const match = /\/_next\/static\/[^"'\s?]+\.js/.exec(html);
  if (!match) throw new Error("no /_next/static asset referenced by the sign-in page");
  return `${baseUrl}${match[0]}`;
}
