import { isXmlPart } from "./is-xml-part";

/** OpenDocument and EPUB packages: their XML parts plus the `mimetype` entry parsers check. */
export function isPackagePart(name: string): boolean {
  return name === "mimetype" || isXmlPart(name) || /\.(x?html?|opf|ncx)$/i.test(name);
}
