/** Why an answer was rated down: a fixed list, so admins can count and filter them. */
export const FEEDBACK_REASONS = [
  "wrong",
  "unsupported",
  "incomplete",
  "irrelevant_sources",
  "outdated",
  "other",
] as const;

export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export const FEEDBACK_REASON_LABELS: Record<FeedbackReason, string> = {
  wrong: "The answer is wrong",
  unsupported: "Not supported by the sources",
  incomplete: "Incomplete",
  irrelevant_sources: "The sources are not relevant",
  outdated: "Outdated",
  other: "Something else",
};

export const MAX_FEEDBACK_COMMENT = 2000;

export type FeedbackRating = "up" | "down";

/** The asker's own verdict on one answer, as the rating buttons show it. */
export interface FeedbackView {
  answerId: string;
  rating: FeedbackRating;
  reason: FeedbackReason | null;
  comment: string | null;
  updatedAt: string;
}
