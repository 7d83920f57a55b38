import type { ClaimSupport, ClaimView } from "@/lib/answer/answer-events";

/** A run of answer text; `support` is set on a checked sentence that the sources do not fully back. */
export interface AnswerSegment {
  text: string;
  support?: Exclude<ClaimSupport, "supported">;
}

/**
 * Splits an answer into runs so that exports can flag unsupported and weakly supported
 * sentences where they stand. Claims are found in order; one whose text no longer occurs
 * (an answer edited since) is skipped rather than guessed at.
 */
export function markClaims(answer: string, claims: ClaimView[]): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  let cursor = 0;
  for (const claim of claims) {
    if (claim.support === "supported" || claim.text === "") continue;
    const at = answer.indexOf(claim.text, cursor);
    if (at < 0) continue;
    if (at > cursor) segments.push({ text: answer.slice(cursor, at) });
    segments.push({ text: claim.text, support: claim.support });
    cursor = at + claim.text.length;
  }
  if (cursor < answer.length) segments.push({ text: answer.slice(cursor) });
  return segments;
}

export const SUPPORT_MARKS: Record<NonNullable<AnswerSegment["support"]>, string> = {
  unsupported: "[not supported by the sources]",
  weak: "[weakly supported]",
};
