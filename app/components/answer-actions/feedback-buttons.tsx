"use client";

import { type FormEvent, useId, useState } from "react";
import {
  FEEDBACK_REASON_LABELS,
  FEEDBACK_REASONS,
  type FeedbackReason,
  MAX_FEEDBACK_COMMENT,
} from "@/lib/feedback/feedback-reasons";
import { describeRequestFailure } from "../api/api-error";
import { clearRating, type RatingChoice, saveRating } from "./feedback-request";
import { ThumbIcon } from "./thumb-icon";

export interface InitialFeedback {
  rating: "up" | "down";
  reason: string | null;
  comment: string | null;
}

function knownReason(reason: string | null | undefined): FeedbackReason | "" {
  return FEEDBACK_REASONS.find((known) => known === reason) ?? "";
}

/**
 * Thumbs up and down for the asker's own answer. Down asks why (a fixed reason and an optional
 * comment) before saving; pressing the pressed button again withdraws the rating.
 */
export function FeedbackButtons({
  answerId,
  initial,
}: {
  answerId: string;
  initial?: InitialFeedback | null;
}) {
  const [rating, setRating] = useState<"up" | "down" | null>(initial?.rating ?? null);
  const [formOpen, setFormOpen] = useState(false);
  const [reason, setReason] = useState<FeedbackReason | "">(knownReason(initial?.reason));
  const [comment, setComment] = useState(initial?.comment ?? "");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const formId = useId();

  async function run(action: () => Promise<void>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setStatus(done);
    } catch (failure) {
      setError(describeRequestFailure(failure));
    } finally {
      setBusy(false);
    }
  }

  function save(choice: RatingChoice) {
    return run(async () => {
      const saved = await saveRating(answerId, choice);
      setRating(saved.rating);
      setFormOpen(false);
    }, "Thank you, your feedback was saved.");
  }

  function withdraw() {
    return run(async () => {
      await clearRating(answerId);
      setRating(null);
      setFormOpen(false);
    }, "Your rating was removed.");
  }

  function pressUp() {
    if (rating === "up") return withdraw();
    return save({ rating: "up" });
  }

  function pressDown() {
    if (rating === "down" && !formOpen) return withdraw();
    setFormOpen(!formOpen);
  }

  function submitDown(event: FormEvent) {
    event.preventDefault();
    if (reason === "") {
      setError("Choose what is wrong with the answer.");
      return;
    }
    const trimmed = comment.trim();
    return save({ rating: "down", reason, ...(trimmed === "" ? {} : { comment: trimmed }) });
  }

  return (
    <div className="feedback" data-testid="answer-feedback">
      <button
        type="button"
        className="button button-small button-quiet feedback-button"
        aria-pressed={rating === "up"}
        disabled={busy}
        onClick={pressUp}
        data-testid="feedback-up"
      >
        <ThumbIcon />
        <span className="visually-hidden">Helpful</span>
      </button>
      <button
        type="button"
        className="button button-small button-quiet feedback-button"
        aria-pressed={rating === "down"}
        aria-expanded={formOpen}
        aria-controls={formId}
        disabled={busy}
        onClick={pressDown}
        data-testid="feedback-down"
      >
        <ThumbIcon down />
        <span className="visually-hidden">Not helpful</span>
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
      {formOpen && (
        <form
          id={formId}
          className="feedback-form"
          onSubmit={submitDown}
          aria-label="What is wrong with this answer"
        >
          <fieldset>
            <legend>What is wrong with this answer?</legend>
            {FEEDBACK_REASONS.map((value) => (
              <label key={value} className="feedback-reason">
                <input
                  type="radio"
                  name={`${formId}-reason`}
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
                {FEEDBACK_REASON_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <label className="feedback-comment">
            Comment (optional)
            <textarea
              className="text-input"
              value={comment}
              maxLength={MAX_FEEDBACK_COMMENT}
              rows={3}
              onChange={(event) => setComment(event.target.value)}
            />
          </label>
          <div className="feedback-form-actions">
            <button type="submit" className="button button-small button-primary" disabled={busy}>
              Send feedback
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => setFormOpen(false)}
              disabled={busy}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="feedback-error">
          {error}
        </p>
      )}
    </div>
  );
}
