"use client";

import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from "react";
import type { AskClaim, AskSource } from "../api/types";
import { citationOrder, claimForMarker, targetFor, type ViewerTarget } from "./citation-targets";
import { DocumentViewer } from "./document-viewer";

export interface ShowCitationRequest {
  n: number;
  /** Which of the answer's citation markers was clicked (0-based); null when opened from the sources list. */
  occurrence: number | null;
  /** Gets focus back when the viewer closes. */
  returnFocusTo: HTMLElement;
}

type ShowCitation = (request: ShowCitationRequest) => void;

const CitationViewerContext = createContext<ShowCitation | null>(null);

/** Null outside an answer: the caller then keeps its plain behaviour. */
export function useShowCitation(): ShowCitation | null {
  return useContext(CitationViewerContext);
}

interface CitationViewerProviderProps {
  answer: string;
  sources: readonly AskSource[];
  claims: readonly AskClaim[];
  children: ReactNode;
}

/** Holds one answer's document viewer: which citations it walks through and which is shown. */
export function CitationViewerProvider({ answer, sources, claims, children }: CitationViewerProviderProps) {
  const [open, setOpen] = useState<{ targets: ViewerTarget[]; index: number } | null>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);

  const show = useCallback<ShowCitation>(
    ({ n, occurrence, returnFocusTo }) => {
      const order = citationOrder(answer, sources, n);
      const claim = occurrence === null ? null : claimForMarker(claims, occurrence, n);
      const targets = order.map((source) => targetFor(source, source.n === n ? claim : null));
      const index = targets.findIndex((target) => target.n === n);
      if (index < 0) return;
      returnFocusRef.current = returnFocusTo;
      setOpen({ targets, index });
    },
    [answer, sources, claims],
  );

  const close = useCallback(() => {
    setOpen(null);
    const back = returnFocusRef.current;
    returnFocusRef.current = null;
    if (back?.isConnected) back.focus();
  }, []);

  return (
    <CitationViewerContext value={show}>
      {children}
      {open && (
        <DocumentViewer
          targets={open.targets}
          index={open.index}
          onNavigate={(index) => setOpen((current) => (current ? { ...current, index } : current))}
          onClose={close}
        />
      )}
    </CitationViewerContext>
  );
}
