import { meaningfulTitle } from "./meaningful-title";

const CORE_TITLE = /<dc:title>([^<]*)<\/dc:title>/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The title in an OOXML package's docProps/core.xml, if the author set one. */
export function readCoreTitle(coreXml: Uint8Array | undefined): string | undefined {
  if (!coreXml) return undefined;
  const raw = CORE_TITLE.exec(new TextDecoder().decode(coreXml))?.[1];
  const title = raw
    ?.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => decodeEntity(entity, name))
    .trim();
  return meaningfulTitle(title);
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#x") || name.startsWith("#X"))
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? entity;
}
