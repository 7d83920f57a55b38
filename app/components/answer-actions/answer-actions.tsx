"use client";

import { useMemo } from "react";
import type { AskSource } from "../api/types";
import { CopyAnswerButton } from "./copy-answer-button";
import { FeedbackButtons, type InitialFeedback } from "./feedback-buttons";
import { formatAnswerCopy } from "./format-answer-copy";

interface AnswerActionsProps {
  /** The stored answer; without it (not saved yet) only copying is offered. */
  answerId: string | null;
  answer: string;
  sources: AskSource[];
  cited: ReadonlySet<number> | readonly number[];
  /** The asker's earlier rating, when the answer is shown again from a saved conversation. */
  feedback?: InitialFeedback | null;
}

/** What can be done with a finished answer: copy it with its citations, rate it. */
export function AnswerActions({ answerId, answer, sources, cited, feedback }: AnswerActionsProps) {
  const copyText = useMemo(() => formatAnswerCopy({ answer, sources, cited }), [answer, sources, cited]);
  return (
    <div className="answer-actions" data-testid="answer-actions">
      {answer.trim() !== "" && <CopyAnswerButton text={copyText} />}
      {answerId && <FeedbackButtons key={answerId} answerId={answerId} initial={feedback} />}
    </div>
  );
}
