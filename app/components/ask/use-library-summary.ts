"use client";

import { useEffect, useState } from "react";
import { isAbortError } from "../api/api-error";
import { parseDocumentList } from "../api/guards";
import { requestJson } from "../api/request-json";

export interface LibrarySummary {
  total: number;
  ready: number;
  /** Queued or still processing. */
  pending: number;
}

/** Counts documents once on load, to tell a first-time visitor to add some before asking. */
export function useLibrarySummary(): LibrarySummary | null {
  const [summary, setSummary] = useState<LibrarySummary | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    requestJson("/api/documents", { signal: controller.signal })
      .then((body) => {
        const documents = parseDocumentList(body);
        if (!documents) return;
        setSummary({
          total: documents.length,
          ready: documents.filter((document) => document.status === "ready").length,
          pending: documents.filter(
            (document) => document.status === "queued" || document.status === "processing",
          ).length,
        });
      })
      .catch((error: unknown) => {
        // Without a count we show no hint; the health banner reports an unreachable server.
        if (!isAbortError(error)) setSummary(null);
      });
    return () => controller.abort();
  }, []);

  return summary;
}
