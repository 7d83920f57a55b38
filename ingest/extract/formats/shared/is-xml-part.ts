/**
 * Office packages keep their text in XML parts; images, fonts, thumbnails and embedded files are
 * never read by the extractors, so they are left compressed (and out of the size budget).
 */
export function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}
