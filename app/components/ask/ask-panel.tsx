"use client";

import { AnswerPanel } from "./answer-panel";
import { LibraryNotice } from "./library-notice";
import { QuestionForm } from "./question-form";
import { useAskStream } from "./use-ask-stream";
import { useLibrarySummary } from "./use-library-summary";

export function AskPanel() {
  const { state, ask, stop } = useAskStream();
  const library = useLibrarySummary();

  return (
    <>
      <LibraryNotice summary={library} />
      <QuestionForm
        streaming={state.phase === "streaming"}
        onAsk={(question) => void ask(question)}
        onStop={stop}
      />
      {state.phase !== "idle" && <AnswerPanel state={state} />}
    </>
  );
}
