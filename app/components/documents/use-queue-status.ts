"use client";

import { useEffect, useRef, useState } from "react";
import { requestJson } from "../api/request-json";
import type { ApiDocument, QueueStatusResponse } from "../api/types";
import { parseQueueStatus } from "./parse-queue-status";

/**
 * The queue summary, reloaded whenever the document list was (which polls while anything is
 * queued or processing), so the two never disagree for long. A failed load keeps the last one.
 */
export function useQueueStatus(documents: ApiDocument[] | null): QueueStatusResponse | null {
  const [status, setStatus] = useState<QueueStatusResponse | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (documents === null) return;
    latest.current += 1;
    const ticket = latest.current;
    requestJson("/api/queue")
      .then((body) => {
        const parsed = parseQueueStatus(body);
        if (parsed && ticket === latest.current) setStatus(parsed);
      })
      .catch(() => undefined);
  }, [documents]);

  return status;
}
