"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError, describeRequestFailure } from "../api/api-error";
import { parseDocumentList } from "../api/guards";
import { requestJson } from "../api/request-json";
import type { ApiDocument } from "../api/types";
import { isActiveStatus } from "./document-format";

/** Often enough that progress feels live, rare enough to be no load on a small server. */
const POLL_INTERVAL_MS = 1500;

export function useDocuments() {
  const [documents, setDocuments] = useState<ApiDocument[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Bumped after every load attempt so the next poll is scheduled even when a load failed.
  const [loadCount, setLoadCount] = useState(0);
  // Each load takes a ticket; answers to superseded loads are dropped, so a slow poll that
  // started before a delete cannot bring the deleted document back.
  const latestTicket = useRef(0);

  const refresh = useCallback(async () => {
    latestTicket.current += 1;
    const ticket = latestTicket.current;
    try {
      const list = parseDocumentList(await requestJson("/api/documents"));
      if (ticket !== latestTicket.current) return;
      if (!list)
        throw new ApiRequestError("The server sent an unexpected document list.", 200, "BAD_RESPONSE");
      setDocuments(list);
      setLoadError(null);
    } catch (error) {
      if (ticket !== latestTicket.current) return;
      setLoadError(describeRequestFailure(error));
    } finally {
      if (ticket === latestTicket.current) setLoadCount((count) => count + 1);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const anyActive = documents?.some((document) => isActiveStatus(document.status)) ?? false;

  // biome-ignore lint/correctness/useExhaustiveDependencies: loadCount is the trigger that schedules the next poll
  useEffect(() => {
    if (!anyActive) return;
    const timer = window.setTimeout(() => void refresh(), POLL_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [anyActive, loadCount, refresh]);

  const remove = useCallback(
    async (id: string) => {
      try {
        await requestJson(`/api/documents/${encodeURIComponent(id)}`, { method: "DELETE" });
      } catch (error) {
        // Already gone is what the person wanted.
        if (!(error instanceof ApiRequestError && error.status === 404)) throw error;
      }
      latestTicket.current += 1;
      setDocuments((current) => current?.filter((document) => document.id !== id) ?? current);
      void refresh();
    },
    [refresh],
  );

  const cancel = useCallback(
    async (id: string) => {
      await requestJson(`/api/documents/${encodeURIComponent(id)}/cancel`, { method: "POST" });
      void refresh();
    },
    [refresh],
  );

  const retry = useCallback(
    async (id: string) => {
      await requestJson(`/api/documents/${encodeURIComponent(id)}/retry`, { method: "POST" });
      void refresh();
    },
    [refresh],
  );

  return { documents, loadError, refresh, remove, cancel, retry };
}
