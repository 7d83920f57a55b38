import { FEEDBACK_REASON_LABELS, FEEDBACK_REASONS } from "@/lib/feedback/feedback-reasons";

/** The reason's words; a code this build does not know is shown as stored rather than hidden. */
export function reasonLabel(reason: string): string {
  const known = FEEDBACK_REASONS.find((value) => value === reason);
  return known ? FEEDBACK_REASON_LABELS[known] : reason;
}
