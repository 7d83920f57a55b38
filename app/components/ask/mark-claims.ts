import type { AskClaim } from "../api/types";

/** A run of paragraph text, with the checked claim it belongs to when it is one. */
export interface ClaimPiece {
  text: string;
  claim?: AskClaim;
}

/**
 * Cuts each paragraph of the final answer into claim sentences and the text between them. The
 * server's claims are verbatim sentences of that answer in order, so each is looked for after
 * the previous one; a claim not found (an older or altered answer) is skipped, never guessed.
 */
export function markClaims(paragraphs: readonly string[], claims: readonly AskClaim[]): ClaimPiece[][] {
  let next = 0;
  return paragraphs.map((paragraph) => {
    const pieces: ClaimPiece[] = [];
    let cursor = 0;
    for (let c = next; c < claims.length; c++) {
      const claim = claims[c];
      if (!claim || claim.text === "") continue;
      const at = paragraph.indexOf(claim.text, cursor);
      if (at < 0) continue;
      if (at > cursor) pieces.push({ text: paragraph.slice(cursor, at) });
      pieces.push({ text: claim.text, claim });
      cursor = at + claim.text.length;
      next = c + 1;
    }
    if (cursor < paragraph.length) pieces.push({ text: paragraph.slice(cursor) });
    return pieces;
  });
}

/** "1 sentence is not supported by the cited sources." and the like; null when there is nothing to say. */
export function describeClaims(claims: readonly AskClaim[]): string | null {
  if (claims.length === 0) return null;
  const unsupported = claims.filter((claim) => claim.support === "unsupported").length;
  const weak = claims.filter((claim) => claim.support === "weak").length;
  const sentences = (n: number) => (n === 1 ? "1 sentence is" : `${n} sentences are`);
  const parts: string[] = [];
  if (unsupported > 0) parts.push(`${sentences(unsupported)} not supported by the cited sources.`);
  if (weak > 0) parts.push(`${sentences(weak)} only partly supported.`);
  return parts.length > 0 ? parts.join(" ") : "Every sentence is supported by the cited sources.";
}
