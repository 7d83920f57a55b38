"use client";

import { useMemo } from "react";
import { claimsOf } from "../viewer/citation-targets";
import { CitationViewerProvider } from "../viewer/citation-viewer";
import { AnswerText } from "./answer-text";
import type { AskState } from "./ask-state";
import { ClaimSummary } from "./claim-summary";
import { ModelInfo } from "./model-info";
import { RetrievalModeNotice } from "./retrieval-mode-notice";
import { SourcesList } from "./sources-list";
import { citedNumbers } from "./split-citations";

function answerDataState(phase: AskState["phase"]): "streaming" | "done" | "error" {
  if (phase === "streaming") return "streaming";
  return phase === "error" ? "error" : "done";
}

/** Said inside the answer area when it ended with no text, so it never looks blank or broken. */
function emptyAnswerMessage(state: AskState): string | null {
  if (state.answer !== "") return null;
  if (state.phase === "error") return "No answer could be produced.";
  if (state.phase === "stopped") return "Stopped before any answer was written.";
  return null;
}

function pendingMessage(state: AskState): string | null {
  if (state.phase !== "streaming" || state.answer !== "") return null;
  return state.mode === null ? "Searching your documents…" : "Writing the answer…";
}

export function AnswerPanel({ state }: { state: AskState }) {
  const streaming = state.phase === "streaming";
  const abstained = state.phase === "done" && state.abstained;

  const cited = useMemo(() => {
    if (state.phase === "done") return new Set(state.citations.map((citation) => citation.n));
    return new Set(citedNumbers(state.answer, new Set(state.sources.map((source) => source.n))));
  }, [state.phase, state.citations, state.answer, state.sources]);

  const pending = pendingMessage(state);
  const emptyAnswer = emptyAnswerMessage(state);

  const panel = (
    <section className="answer-card" aria-labelledby="answer-heading">
      <h2 id="answer-heading" className="visually-hidden">
        Answer
      </h2>
      <p className="asked-question">
        <span className="asked-question-label">Question</span>
        {state.question}
      </p>

      <RetrievalModeNotice mode={state.mode} />

      {abstained && (
        <p className="notice notice-info" data-testid="abstained-notice">
          <strong>Not found in your documents.</strong> None of the passages in your library answer this
          question, so no answer was generated.
        </p>
      )}

      {/* Outside the answer container so that its text is only ever the answer itself. */}
      {pending && <p className="answer-pending">{pending}</p>}

      <div
        className="answer-body"
        data-testid="answer"
        data-state={answerDataState(state.phase)}
        data-abstained={abstained}
        aria-live="polite"
        aria-busy={streaming}
      >
        {emptyAnswer && <p className="answer-pending">{emptyAnswer}</p>}
        <AnswerText
          text={state.answer}
          sources={state.sources}
          streaming={streaming}
          citationsEnabled={!abstained}
          claims={state.claims}
        />
      </div>

      {state.phase === "done" && !abstained && <ClaimSummary claims={state.claims} />}

      {state.phase === "stopped" && (
        <p className="hint" data-testid="answer-stopped">
          Stopped. The answer above is incomplete.
        </p>
      )}

      <div role="alert" className="alert-region" data-testid="ask-error">
        {state.phase === "error" && state.error && <p className="notice notice-error">{state.error}</p>}
      </div>

      {state.phase === "done" && state.model && !abstained && <ModelInfo model={state.model} />}

      <SourcesList sources={state.sources} cited={cited} nearestOnly={abstained} />
    </section>
  );

  // [n] markers and "Show in document" inside the panel open the document viewer at the cited words.
  return (
    <CitationViewerProvider answer={state.answer} sources={state.sources} claims={claimsOf(state)}>
      {panel}
    </CitationViewerProvider>
  );
}
