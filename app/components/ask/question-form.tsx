"use client";

import { type FormEvent, type KeyboardEvent, useId, useState } from "react";

interface QuestionFormProps {
  streaming: boolean;
  /** The question continues a conversation: said in the label and placeholder. */
  followUp?: boolean;
  onAsk: (question: string) => void;
  onStop: () => void;
}

export function QuestionForm({ streaming, followUp = false, onAsk, onStop }: QuestionFormProps) {
  const [question, setQuestion] = useState("");
  const inputId = useId();
  const hintId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = question.trim();
    if (streaming || trimmed === "") return;
    onAsk(trimmed);
    // The question now stands in the thread above; the box is ready for the next one.
    setQuestion("");
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter asks, Shift+Enter adds a line; Enter that confirms an IME composition does neither.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }

  return (
    <form className="question-form" onSubmit={submit} aria-label="Ask a question">
      <label htmlFor={inputId} className="field-label">
        {followUp ? "Ask a follow-up question" : "Your question"}
      </label>
      <textarea
        id={inputId}
        data-testid="question-input"
        className="question-input"
        value={question}
        onChange={(event) => setQuestion(event.target.value)}
        onKeyDown={handleKeyDown}
        rows={3}
        required
        maxLength={2000}
        placeholder={
          followUp
            ? "For example: And for children?"
            : "For example: What is the procedure for reporting a needlestick injury?"
        }
        aria-describedby={hintId}
      />
      <div className="question-actions">
        <p id={hintId} className="hint">
          Press Enter to ask, Shift+Enter for a new line.
        </p>
        {streaming && (
          <button type="button" className="button button-secondary" onClick={onStop} data-testid="ask-stop">
            Stop
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={streaming} data-testid="ask-submit">
          {streaming ? "Answering…" : "Ask"}
        </button>
      </div>
    </form>
  );
}
