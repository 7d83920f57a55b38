"use client";

import { useState } from "react";
import type { AuditVerifyResult } from "./audit-types";

/** Re-hashes the whole trail on the server and says whether it is intact. */
export function VerifyChain() {
  const [state, setState] = useState<{ busy: boolean; result?: AuditVerifyResult; error?: string }>({
    busy: false,
  });
  async function verify() {
    setState({ busy: true });
    try {
      const response = await fetch("/api/audit/verify", { cache: "no-store" });
      if (!response.ok) throw new Error(`Verification failed (${response.status}).`);
      setState({ busy: false, result: (await response.json()) as AuditVerifyResult });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const { result } = state;
  return (
    <div className="audit-verify">
      <button type="button" className="button" onClick={verify} disabled={state.busy}>
        {state.busy ? "Verifying…" : "Verify chain"}
      </button>
      <output aria-live="polite" data-testid="audit-verify-status">
        {state.error}
        {result?.intact &&
          `Intact: ${result.events} events, head ${result.head?.hash.slice(0, 16) ?? "none"}…`}
        {result?.break && `Broken at row ${result.break.rowId}: ${result.break.problem}`}
      </output>
    </div>
  );
}
