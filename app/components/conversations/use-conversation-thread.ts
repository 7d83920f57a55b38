"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { describeRequestFailure, isAbortError } from "../api/api-error";
import type { AskState } from "../ask/ask-state";
import { fetchConversation } from "./conversation-requests";
import { turnToAskState } from "./turn-to-ask-state";

/** `?c=<id>` names the conversation on screen, so a reload or a shared link continues it. */
function showInAddressBar(id: string | null): void {
  const url = new URL(window.location.href);
  if (id === null) url.searchParams.delete("c");
  else url.searchParams.set("c", id);
  window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
}

/**
 * The conversation on screen and its finished turns (the turn being asked lives in useAskStream
 * until the next question archives it here).
 */
export function useConversationThread(initialId: string | null) {
  const [conversationId, setConversationId] = useState<string | null>(initialId);
  const [turns, setTurns] = useState<AskState[]>([]);
  const [error, setError] = useState<string | null>(null);
  const loading = useRef<AbortController | null>(null);

  const open = useCallback(async (id: string | null) => {
    loading.current?.abort();
    setConversationId(id);
    setTurns([]);
    setError(null);
    showInAddressBar(id);
    if (id === null) return;
    const controller = new AbortController();
    loading.current = controller;
    try {
      const view = await fetchConversation(id, controller.signal);
      if (!controller.signal.aborted) setTurns(view.turns.map((turn) => turnToAskState(turn, id)));
    } catch (failure) {
      if (!isAbortError(failure) && !controller.signal.aborted) setError(describeRequestFailure(failure));
    }
  }, []);

  useEffect(() => {
    if (initialId !== null) void open(initialId);
    return () => loading.current?.abort();
  }, [initialId, open]);

  /** The server started a conversation for the first question: it is now the one on screen. */
  const adopt = useCallback((id: string) => {
    setConversationId(id);
    showInAddressBar(id);
  }, []);

  const archive = useCallback((turn: AskState) => setTurns((current) => [...current, turn]), []);
  const dropLast = useCallback(() => setTurns((current) => current.slice(0, -1)), []);

  return { conversationId, turns, error, open, adopt, archive, dropLast };
}
