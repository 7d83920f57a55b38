import { useId } from "react";
import type { DocumentErrorReason } from "@/lib/documents/error-reasons";
import type { ApiDocument } from "../api/types";
import {
  countByView,
  type DocumentFilter,
  failureReasonCounts,
  type LibraryView,
  VIEW_LABELS,
} from "./document-filter";
import { errorReasonLabel } from "./error-reason-label";

interface DocumentFilterBarProps {
  documents: readonly ApiDocument[];
  filter: DocumentFilter;
  onChange: (filter: DocumentFilter) => void;
}

const VIEWS: LibraryView[] = ["all", "ready", "active", "failed"];

/** Toggle buttons for the status views, plus a reason picker once something has failed. */
export function DocumentFilterBar({ documents, filter, onChange }: DocumentFilterBarProps) {
  const reasonId = useId();
  const counts = countByView(documents);
  const reasons = failureReasonCounts(documents);
  return (
    <div className="filter-bar" data-testid="document-filter">
      <fieldset className="filter-views">
        <legend className="visually-hidden">Show documents</legend>
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            className="filter-button"
            aria-pressed={filter.view === view}
            data-testid={`filter-${view}`}
            onClick={() => onChange({ view, reason: view === "failed" ? filter.reason : "any" })}
          >
            {VIEW_LABELS[view]} <span className="filter-count">{counts[view]}</span>
          </button>
        ))}
      </fieldset>
      {reasons.length > 0 && (
        <label className="filter-reason" htmlFor={reasonId}>
          <span>Reason</span>
          <select
            id={reasonId}
            value={filter.reason}
            data-testid="filter-reason"
            onChange={(event) => {
              const reason = event.currentTarget.value as DocumentErrorReason | "any";
              onChange({ view: reason === "any" ? filter.view : "failed", reason });
            }}
          >
            <option value="any">Any</option>
            {reasons.map(({ reason, count }) => (
              <option key={reason} value={reason}>
                {errorReasonLabel(reason)} ({count})
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
