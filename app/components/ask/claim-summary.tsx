import type { AskClaim } from "../api/types";
import { describeClaims } from "./mark-claims";

/** One line under a finished answer saying how many of its sentences the sources do not support. */
export function ClaimSummary({ claims }: { claims: AskClaim[] }) {
  const summary = describeClaims(claims);
  if (!summary) return null;
  const flagged = claims.some((claim) => claim.support !== "supported");
  return (
    <p className={`claim-summary${flagged ? " claim-summary-flagged" : ""}`} data-testid="claim-summary">
      {summary}
    </p>
  );
}
