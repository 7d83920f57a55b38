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

  const rename = useCallback(
    async (id: string, title: string): Promise<boolean> => {
      try {
        await renameConversation(id, title);
        await refresh();
        return true;
      } catch (failure) {
        setError(describeRequestFailure(failure));
        return false;
      }
    },
    [refresh],
  );

  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      try {
        await deleteConversation(id);
        await refresh();
        return true;
      } catch (failure) {
        setError(describeRequestFailure(failure));
        return false;
      }
    },
    [refresh],
  );

  return { conversations, error, refresh, rename, remove };
}
