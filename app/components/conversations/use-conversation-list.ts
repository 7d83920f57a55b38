"use client";

import { useCallback, useEffect, useState } from "react";
import type { ConversationSummary } from "@/lib/conversations/conversation-view";
import { describeRequestFailure, isAbortError } from "../api/api-error";
import { deleteConversation, fetchConversations, renameConversation } from "./conversation-requests";

/** The signed-in person's conversations, with rename and delete; refreshed after every turn. */
export function useConversationList() {
  const [conversations, setConversations] = useState<ConversationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (signal?: AbortSignal) => {
    try {
      setConversations(await fetchConversations(signal));
      setError(null);
    } catch (failure) {
      if (!isAbortError(failure)) setError(describeRequestFailure(failure));
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void refresh(controller.signal);
    return () => controller.abort();
  }, [refresh]);

  // A change the server refused leaves the list as it was and says why; says whether it went through.
  const changeThenRefresh = useCallback(
    async (change: () => Promise<unknown>): Promise<boolean> => {
      try {
        await change();
        await refresh();
        return true;
      } catch (failure) {
        setError(describeRequestFailure(failure));
        return false;
      }
    },
    [refresh],
  );

  const rename = useCallback(
    (id: string, title: string) => changeThenRefresh(() => renameConversation(id, title)),
    [changeThenRefresh],
  );

  const remove = useCallback(
    (id: string) => changeThenRefresh(() => deleteConversation(id)),
    [changeThenRefresh],
  );

  return { conversations, error, refresh, rename, remove };
}
