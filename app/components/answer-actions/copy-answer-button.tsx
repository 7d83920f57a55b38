"use client";

import { useEffect, useId, useRef, useState } from "react";

type CopyState = "idle" | "copied" | "manual";

/**
 * Copies `text` to the clipboard. Where the browser refuses (no permission, an insecure
 * origin), the text is shown selected in a read-only box so the person can copy it by hand.
 */
export function CopyAnswerButton({ text }: { text: string }) {
  const [state, setState] = useState<CopyState>("idle");
  const fallback = useRef<HTMLTextAreaElement>(null);
  const fallbackId = useId();

  useEffect(() => {
    if (state === "manual") fallback.current?.select();
    if (state !== "copied") return;
    const reset = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(reset);
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("Clipboard unavailable");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("manual");
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={copy}
        data-testid="copy-answer"
      >
        {state === "copied" ? "Copied" : "Copy"}
      </button>
      <span className="visually-hidden" aria-live="polite" data-testid="copy-status">
        {state === "copied" ? "Copied the answer with its sources." : ""}
      </span>
      {state === "manual" && (
        <div className="copy-fallback">
          <label htmlFor={fallbackId} className="hint">
            Copying was not allowed here. Select the text below and copy it yourself.
          </label>
          <textarea
            id={fallbackId}
            ref={fallback}
            className="copy-fallback-text"
            readOnly
            value={text}
            rows={Math.min(12, text.split("\n").length + 1)}
            data-testid="copy-fallback"
          />
          <button type="button" className="button button-small button-quiet" onClick={() => setState("idle")}>
            Close
          </button>
        </div>
      )}
    </>
  );
}
