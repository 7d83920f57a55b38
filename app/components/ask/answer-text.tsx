"use client";

import { useMemo, useState } from "react";
import type { AskSource } from "../api/types";
import { CitationButton } from "./citation-button";
import { hidePartialCitation, splitCitations, splitParagraphs } from "./split-citations";

interface AnswerTextProps {
  text: string;
  sources: AskSource[];
  /** While streaming, an unfinished trailing "[1" is hidden until its "]" arrives. */
  streaming: boolean;
  /** Abstentions cite nothing: their passages are shown as nearest matches, not as sources. */
  citationsEnabled: boolean;
}

/** Renders answer text as paragraphs with [n] markers turned into source buttons. */
export function AnswerText({ text, sources, streaming, citationsEnabled }: AnswerTextProps) {
  const [openKey, setOpenKey] = useState<string | null>(null);
  const sourcesByNumber = useMemo(() => new Map(sources.map((source) => [source.n, source])), [sources]);
  const known = useMemo(
    () => (citationsEnabled ? new Set(sourcesByNumber.keys()) : new Set<number>()),
    [citationsEnabled, sourcesByNumber],
  );
  const paragraphs = splitParagraphs(streaming ? hidePartialCitation(text) : text);

  // Only one card is open at a time, so one Escape always closes what the person sees.
  const setCardOpen = (key: string, open: boolean) =>
    setOpenKey((current) => (open ? key : current === key ? null : current));

  return paragraphs.map((paragraph, p) => (
    // Paragraph and segment order only ever grows at the end while streaming, so indexes are stable keys.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <p key={p} className="answer-paragraph">
      {splitCitations(paragraph, known).map((segment, s) => {
        const key = `${p}-${s}`;
        const source = segment.kind === "citation" ? sourcesByNumber.get(segment.n) : undefined;
        if (segment.kind === "text" || !source) {
          return <span key={key}>{segment.kind === "text" ? segment.text : `[${segment.n}]`}</span>;
        }
        return (
          <CitationButton
            key={key}
            source={source}
            open={openKey === key}
            onOpenChange={(open) => setCardOpen(key, open)}
          />
        );
      })}
    </p>
  ));
}
