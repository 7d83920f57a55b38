/**
 * A file Next.js serves straight from .next/static: the cheapest route the server has, so
 * its throughput is the ceiling this machine, this client and this server reach at all.
 */
export async function findStaticAssetUrl(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const match = /\/_next\/static\/[^"'\s?]+\.js/.exec(html);
  if (!match) throw new Error("no /_next/static asset referenced by the home page");
  return `${baseUrl}${match[0]}`;
}
