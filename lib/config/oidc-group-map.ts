/**
 * How the provider's group claim becomes Quire group memberships. `identical`: a claim value
 * names the Quire group of the same name (the provider then owns every group's membership);
 * `map`: only the listed claim values count, each naming one Quire group.
 */
export type OidcGroupMap =
  | { kind: "identical" }
  | { kind: "map"; quireGroupByClaim: ReadonlyMap<string, string> };

export type GroupMapParse = { ok: true; map: OidcGroupMap } | { ok: false; problem: string };

/** `*` means identical names. */
export const IDENTICAL_GROUP_NAMES = "*";

/**
 * Parses QUIRE_OIDC_GROUP_MAP: "claim=group,claim=group" (spaces around names ignored; several
 * claim values may name one group), or "*". Empty means no groups are synced.
 */
export function parseOidcGroupMap(raw: string | undefined): GroupMapParse {
  const text = raw?.trim() ?? "";
  if (text === IDENTICAL_GROUP_NAMES) return { ok: true, map: { kind: "identical" } };
  const quireGroupByClaim = new Map<string, string>();
  if (text === "") return { ok: true, map: { kind: "map", quireGroupByClaim } };
  for (const entry of text.split(",")) {
    const separator = entry.indexOf("=");
    const claim = separator < 0 ? "" : entry.slice(0, separator).trim();
    const group = separator < 0 ? "" : entry.slice(separator + 1).trim();
    if (claim === "" || group === "") {
      return {
        ok: false,
        problem: `entry ${JSON.stringify(entry.trim())} is not claim=group (write "nurses=ward-staff,board=board-members", or "*" for identical names)`,
      };
    }
    if (group.length > 100)
      return { ok: false, problem: `group name ${JSON.stringify(group)} is over 100 characters` };
    if (quireGroupByClaim.has(claim))
      return { ok: false, problem: `claim value ${JSON.stringify(claim)} is mapped twice` };
    quireGroupByClaim.set(claim, group);
  }
  return { ok: true, map: { kind: "map", quireGroupByClaim } };
}
