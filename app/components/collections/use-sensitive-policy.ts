"use client";

import { useCallback, useEffect, useState } from "react";
import type { SensitivePolicy } from "@/lib/pii/sensitive-policy";

type Load =
  | { state: "loading" }
  | { state: "ready"; policy: SensitivePolicy }
  | { state: "error"; message: string };

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `Request failed (${response.status}).`;
  } catch {
    return `Request failed (${response.status}).`;
  }
}

const policyUrl = (collectionId: string) => `/api/collections/${encodeURIComponent(collectionId)}/policy`;

/** Loads a collection's sensitive data policy and saves a new one through the policy route. */
export function useSensitivePolicy(collectionId: string) {
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    let live = true;
    setLoad({ state: "loading" });
    fetch(policyUrl(collectionId), { cache: "no-store" })
      .then(async (response) => {
        if (!live) return;
        if (!response.ok) setLoad({ state: "error", message: await messageOf(response) });
        else
          setLoad({
            state: "ready",
            policy: ((await response.json()) as { policy: SensitivePolicy }).policy,
          });
      })
      .catch(() => live && setLoad({ state: "error", message: "Quire could not be reached." }));
    return () => {
      live = false;
    };
  }, [collectionId]);

  /** Resolves to null when saved, or to the server's message naming what is wrong. */
  const save = useCallback(
    async (policy: SensitivePolicy): Promise<string | null> => {
      const response = await fetch(policyUrl(collectionId), {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(policy),
      });
      if (!response.ok) return messageOf(response);
      setLoad({ state: "ready", policy: ((await response.json()) as { policy: SensitivePolicy }).policy });
      return null;
    },
    [collectionId],
  );

  return { load, save };
}
