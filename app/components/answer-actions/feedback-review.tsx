"use client";

import { useCallback, useEffect, useState } from "react";
import type { FeedbackEntryView } from "@/lib/feedback/list-feedback";
import { describeRequestFailure } from "../api/api-error";
import { requestJson } from "../api/request-json";
import { shortDigest } from "../ask/format-digest";
import { NewerOlderPager } from "../paging/newer-older-pager";
import { reasonLabel } from "./reason-label";

const PAGE_SIZE = 50;
type RatingFilter = "" | "up" | "down";

interface FeedbackPage {
  entries: FeedbackEntryView[];
  total: number;
}

function when(iso: string): string {
  return iso.replace("T", " ").slice(0, 16);
}

/** Ratings on answers for admins: newest first, filtered by rating on the server, paged. */
export function FeedbackReview() {
  const [rating, setRating] = useState<RatingFilter>("");
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<FeedbackPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (filter: RatingFilter, from: number) => {
    setError(null);
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(from) });
    if (filter !== "") params.set("rating", filter);
    try {
      setPage((await requestJson(`/api/feedback?${params}`)) as FeedbackPage);
    } catch (failure) {
      setError(describeRequestFailure(failure));
    }
  }, []);

  useEffect(() => {
    void load(rating, offset);
  }, [rating, offset, load]);

  return (
    <section className="feedback-review">
      <fieldset className="feedback-review-filter">
        <legend className="visually-hidden">Show ratings</legend>
        {(
          [
            ["", "All"],
            ["down", "Not helpful"],
            ["up", "Helpful"],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            className="filter-button"
            aria-pressed={rating === value}
            onClick={() => {
              setOffset(0);
              setRating(value);
            }}
          >
            {label}
          </button>
        ))}
      </fieldset>
      {error && <p role="alert">{error}</p>}
      {page && (
        <>
          <p className="audit-count">
            {page.total === 0
              ? "No ratings yet."
              : `Ratings ${offset + 1}–${offset + page.entries.length} of ${page.total}`}
          </p>
          <div className="table-scroll">
            <table className="feedback-table" data-testid="feedback-table">
              <thead>
                <tr>
                  <th scope="col">Rated (UTC)</th>
                  <th scope="col">Rating</th>
                  <th scope="col">Question and answer</th>
                  <th scope="col">Reason and comment</th>
                  <th scope="col">User</th>
                  <th scope="col">Model</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map((entry) => (
                  <tr key={`${entry.answerId}-${entry.userEmail}`}>
                    <td className="feedback-when">{when(entry.ratedAt)}</td>
                    <td>
                      <span className={`badge feedback-badge-${entry.rating}`}>
                        {entry.rating === "up" ? "Helpful" : "Not helpful"}
                      </span>
                    </td>
                    <td>
                      <p className="feedback-question">{entry.question}</p>
                      <p className="feedback-excerpt">{entry.answerExcerpt || "(no answer text)"}</p>
                      {entry.answerStatus !== "complete" && <span className="tag">{entry.answerStatus}</span>}
                      {entry.abstained && <span className="tag">declined</span>}
                    </td>
                    <td>
                      {entry.reason && <p className="feedback-reason-text">{reasonLabel(entry.reason)}</p>}
                      {entry.comment && <p className="feedback-comment-text">{entry.comment}</p>}
                    </td>
                    <td>{entry.userEmail}</td>
                    <td className="feedback-model">
                      <code>{entry.model.name}</code>
                      {entry.model.digest && (
                        <code title={entry.model.digest}>{shortDigest(entry.model.digest)}</code>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <NewerOlderPager
            offset={offset}
            pageSize={PAGE_SIZE}
            total={page.total}
            onOffsetChange={setOffset}
          />
        </>
      )}
    </section>
  );
}
