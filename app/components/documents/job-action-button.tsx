"use client";

import { useState } from "react";
import { describeRequestFailure } from "../api/api-error";
import type { ApiDocument } from "../api/types";
import { isActiveStatus } from "./document-format";

interface JobActionButtonProps {
  document: ApiDocument;
  onCancel: (id: string) => Promise<void>;
  onRetry: (id: string) => Promise<void>;
}

/** Cancel while a document is queued or processing; Retry once it failed (or was cancelled). */
export function JobActionButton({ document, onCancel, onRetry }: JobActionButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const action = isActiveStatus(document.status) ? "cancel" : document.status === "failed" ? "retry" : null;
  if (!action) return null;

  async function run() {
    setBusy(true);
    setError(null);
    try {
      await (action === "cancel" ? onCancel : onRetry)(document.id);
    } catch (failure) {
      setError(describeRequestFailure(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        data-testid={action === "cancel" ? "cancel-document" : "retry-document"}
        disabled={busy}
        onClick={() => void run()}
      >
        {action === "cancel" ? "Cancel" : "Retry"}
        <span className="visually-hidden"> {document.title}</span>
      </button>
      {error && (
        <span role="alert" className="error-text">
          {error}
        </span>
      )}
    </>
  );
}
