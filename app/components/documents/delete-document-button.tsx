"use client";

import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { describeRequestFailure } from "../api/api-error";

interface DeleteDocumentButtonProps {
  title: string;
  onDelete: () => Promise<void>;
}

type Step = "idle" | "confirming" | "deleting";

/**
 * Two-step delete inside the row rather than window.confirm: it is readable by screen
 * readers in context, styled like the rest of the tool, and scriptable in tests.
 */
export function DeleteDocumentButton({ title, onDelete }: DeleteDocumentButtonProps) {
  const [step, setStep] = useState<Step>("idle");
  const [error, setError] = useState<string | null>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    // Safe default for a destructive choice: focus lands on Cancel.
    if (step === "confirming") cancelRef.current?.focus();
    if (step === "idle" && returnFocus.current) {
      returnFocus.current = false;
      deleteRef.current?.focus();
    }
  }, [step]);

  function cancel() {
    returnFocus.current = true;
    setStep("idle");
  }

  async function confirmDelete() {
    setStep("deleting");
    setError(null);
    try {
      await onDelete();
      // On success the row disappears with this component; nothing more to do.
    } catch (failure) {
      setError(describeRequestFailure(failure));
      returnFocus.current = true;
      setStep("idle");
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key === "Escape") {
      event.stopPropagation();
      cancel();
    }
  }

  if (step === "idle") {
    return (
      <div className="row-actions">
        <button
          ref={deleteRef}
          type="button"
          className="button button-danger-quiet"
          data-testid="delete-document"
          onClick={() => {
            setError(null);
            setStep("confirming");
          }}
        >
          Delete<span className="visually-hidden"> {title}</span>
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    );
  }

  return (
    <fieldset className="confirm-delete" onKeyDown={handleKeyDown} disabled={step === "deleting"}>
      <legend className="confirm-delete-prompt">Delete “{title}” and its passages?</legend>
      <button
        type="button"
        className="button button-danger"
        data-testid="confirm-delete"
        onClick={confirmDelete}
      >
        {step === "deleting" ? "Deleting…" : "Delete"}
      </button>
      <button
        ref={cancelRef}
        type="button"
        className="button button-quiet"
        data-testid="cancel-delete"
        onClick={cancel}
      >
        Cancel
      </button>
    </fieldset>
  );
}
