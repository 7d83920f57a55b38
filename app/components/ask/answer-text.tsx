"use client";

import { Fragment, type ReactNode, useMemo, useState } from "react";
import type { AskClaim, AskSource } from "../api/types";
import { CitationButton } from "./citation-button";
import { ClaimMark } from "./claim-mark";
import { markClaims } from "./mark-claims";
import { hidePartialCitation, splitCitations, splitParagraphs } from "./split-citations";

interface AnswerTextProps {
  text: string;
  sources: AskSource[];
  /** While streaming, an unfinished trailing "[1" is hidden until its "]" arrives. */
  streaming: boolean;
  /** Abstentions cite nothing: their passages are shown as nearest matches, not as sources. */
  citationsEnabled: boolean;
  /** The finished answer's claim check; sentences not fully supported are marked. */
  claims?: AskClaim[];
}

/**
 * Renders answer text as paragraphs with [n] markers turned into source buttons and, once the
 * answer is done, its unsupported and weakly supported sentences marked.
 */
export function AnswerText({ text, sources, streaming, citationsEnabled, claims = [] }: AnswerTextProps) {
  const [openKey, setOpenKey] = useState<string | null>(null);
  const sourcesByNumber = useMemo(() => new Map(sources.map((source) => [source.n, source])), [sources]);
  const known = useMemo(
    () => (citationsEnabled ? new Set(sourcesByNumber.keys()) : new Set<number>()),
    [citationsEnabled, sourcesByNumber],
  );
  const paragraphs = splitParagraphs(streaming ? hidePartialCitation(text) : text);
  // While streaming there are no claims, so each paragraph is one unmarked piece, as before.
  const pieces = markClaims(paragraphs, streaming ? [] : claims);

  // Only one card is open at a time, so one Escape always closes what the person sees.
  const setCardOpen = (key: string, open: boolean) =>
    setOpenKey((current) => (open ? key : current === key ? null : current));

  const renderText = (value: string, keyPrefix: string): ReactNode[] =>
    splitCitations(value, known).map((segment, s) => {
      const key = `${keyPrefix}-${s}`;
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
    });

  return paragraphs.map((_paragraph, p) => (
    // Paragraph and segment order only ever grows at the end while streaming, so indexes are stable keys.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <p key={p} className="answer-paragraph">
      {(pieces[p] ?? []).map((piece, i) => {
        const key = `${p}-${i}`;
        const content = renderText(piece.text, key);
        if (!piece.claim || piece.claim.support === "supported")
          return <Fragment key={key}>{content}</Fragment>;
        return (
          <ClaimMark key={key} support={piece.claim.support}>
            {content}
          </ClaimMark>
        );
      })}
    </p>
  ));
}
