"use client";

import { type ReactNode, useId, useMemo } from "react";
import { AnswerActions } from "../answer-actions/answer-actions";
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

/** Said when earlier turns of the conversation did not go to the model whole. */
function historyNote(history: AskState["history"]): string | null {
  if (!history || history.summarisedTurns + history.droppedTurns === 0) return null;
  const turns = (n: number) => (n === 1 ? "1 earlier question" : `${n} earlier questions`);
  if (history.droppedTurns === 0) return `${turns(history.summarisedTurns)} went to the model as a summary.`;
  return `${turns(history.droppedTurns)} did not fit the model's context and were left out.`;
}

/** `actions`: buttons for this turn that the conversation owns (Regenerate on the last one). */
export function AnswerPanel({ state, actions }: { state: AskState; actions?: ReactNode }) {
  const headingId = useId();
  const streaming = state.phase === "streaming";
  const abstained = state.phase === "done" && state.abstained;

  const cited = useMemo(() => {
    if (state.phase === "done") return new Set(state.citations.map((citation) => citation.n));
    return new Set(citedNumbers(state.answer, new Set(state.sources.map((source) => source.n))));
  }, [state.phase, state.citations, state.answer, state.sources]);

  const pending = pendingMessage(state);
  const emptyAnswer = emptyAnswerMessage(state);

  const panel = (
    <section className="answer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Answer
      </h2>
      <p className="asked-question">
        <span className="asked-question-label">Question</span>
        {state.question}
      </p>
      {state.searchQuery && (
        <p className="hint searched-for" data-testid="searched-for">
          Searched for: {state.searchQuery}
        </p>
      )}
      {historyNote(state.history) && (
        <p className="hint" data-testid="history-note">
          {historyNote(state.history)}
        </p>
      )}

      <RetrievalModeNotice mode={state.mode} />

      {abstained && (
        <p className="notice notice-info" data-testid="abstained-notice">
          <strong>Not found in your documents.</strong> The passages found in your library do not answer this
          question, so no answer is given rather than one that could be invented.
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

      {state.incomplete && (
        <p className="hint" data-testid="answer-incomplete">
          Incomplete: the model host stopped before this answer was finished.
        </p>
      )}

      {state.phase === "stopped" && (
        <p className="hint" data-testid="answer-stopped">
          Stopped. The answer above is incomplete.
        </p>
      )}

      <div role="alert" className="alert-region" data-testid="ask-error">
        {state.phase === "error" && state.error && <p className="notice notice-error">{state.error}</p>}
      </div>

      {state.phase === "done" && state.model && !abstained && <ModelInfo model={state.model} />}

      {state.phase === "done" && (
        <AnswerActions
          answerId={state.answerId}
          answer={state.answer}
          sources={state.sources}
          cited={cited}
          feedback={state.feedback}
        />
      )}

      {actions}

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
