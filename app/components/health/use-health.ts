"use client";

import { useEffect, useRef, useState } from "react";
import { parseHealth } from "../api/guards";
import type { HealthResponse } from "../api/types";

const POLL_INTERVAL_MS = 10_000;

export interface HealthSnapshot {
  health: HealthResponse | null;
  /** False only when the Quire server itself could not be reached. */
  reachable: boolean;
}

/** Polls /api/health every 10 s while the tab is visible, and at once when it regains focus. */
export function useHealth(): HealthSnapshot {
  const [snapshot, setSnapshot] = useState<HealthSnapshot>({ health: null, reachable: true });
  const latestTicket = useRef(0);

  useEffect(() => {
    const controller = new AbortController();

    async function check() {
      latestTicket.current += 1;
      const ticket = latestTicket.current;
      try {
        const response = await fetch("/api/health", { cache: "no-store", signal: controller.signal });
        // A degraded server may answer 503 with a full report, so the body is read either way.
        const health = parseHealth(await response.json().catch(() => null));
        if (ticket === latestTicket.current) setSnapshot({ health, reachable: true });
      } catch {
        if (ticket === latestTicket.current && !controller.signal.aborted) {
          setSnapshot({ health: null, reachable: false });
        }
      }
    }

    function checkIfVisible() {
      if (document.visibilityState === "visible") void check();
    }

    void check();
    const timer = window.setInterval(checkIfVisible, POLL_INTERVAL_MS);
    window.addEventListener("focus", checkIfVisible);
    document.addEventListener("visibilitychange", checkIfVisible);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      window.removeEventListener("focus", checkIfVisible);
      document.removeEventListener("visibilitychange", checkIfVisible);
    };
  }, []);

  return snapshot;
}
