import type { ReactNode } from "react";

const LABELS = {
  unsupported: "Not supported by your documents",
  weak: "Only partly supported by the cited sources",
} as const;

/**
 * Marks a sentence the claim check could not fully support. The label is read out after the
 * sentence (and shown on hover), so the warning never depends on colour alone.
 */
export function ClaimMark({ support, children }: { support: "unsupported" | "weak"; children: ReactNode }) {
  return (
    <mark
      className={`claim claim-${support}`}
      data-testid={`claim-${support}`}
      data-support={support}
      title={LABELS[support]}
    >
      {children}
      <span className="visually-hidden"> ({LABELS[support]})</span>
    </mark>
  );
}
