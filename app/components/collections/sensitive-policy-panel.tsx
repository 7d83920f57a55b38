"use client";

import { useEffect, useId, useState } from "react";
import type { CollectionSummary } from "@/lib/access/collections/list-collections";
import { SENSITIVE_ACTIONS, type SensitiveAction, type SensitivePolicy } from "@/lib/pii/sensitive-policy";
import { SENSITIVE_KINDS, type SensitiveKind } from "@/lib/pii/types";
import { MrnPatternRows, mrnRowProblem } from "./mrn-pattern-rows";
import { useSensitivePolicy } from "./use-sensitive-policy";

const ACTION_LABELS: Record<SensitiveAction, string> = {
  allow: "Allow: index and send to the model as written",
  mask_before_indexing: "Mask before indexing: search, answers and the model only ever see placeholders",
  mask_for_model: "Mask for the model: readers see the text, the model gets placeholders",
};

const KIND_LABELS: Record<SensitiveKind, string> = {
  email: "E-mail addresses",
  phone: "Phone numbers",
  national_id: "National ids (SSN, NHS, NIR, ...)",
  card: "Payment cards",
  iban: "IBANs",
  date_of_birth: "Dates of birth",
  mrn: "Medical record numbers (patterns below)",
};

/** Policy editor for one collection; keyed by collection so switching starts from the stored policy. */
function PolicyForm({ collectionId }: { collectionId: string }) {
  const { load, save } = useSensitivePolicy(collectionId);
  const [draft, setDraft] = useState<SensitivePolicy | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const name = useId();

  useEffect(() => {
    if (load.state === "ready") setDraft(load.policy);
  }, [load]);

  if (load.state === "loading" || (load.state === "ready" && draft === null)) return <p>Loading…</p>;
  if (load.state === "error") return <p className="field-error">{load.message}</p>;
  if (draft === null) return null;

  const problems = draft.mrnPatterns.some(
    (pattern) => mrnRowProblem(pattern, draft.mrnPatterns) !== undefined,
  );
  const toggleKind = (kind: SensitiveKind, on: boolean) =>
    setDraft({
      ...draft,
      kinds: SENSITIVE_KINDS.filter((known) => (known === kind ? on : draft.kinds.includes(known))),
    });

  return (
    <form
      className="sensitive-policy-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setStatus("Saving…");
        const error = await save(draft);
        setStatus(
          error ??
            "Saved. Applies to documents processed from now on (retry a document to apply it) and to every answer.",
        );
      }}
    >
      <fieldset>
        <legend>When sensitive data is found</legend>
        {SENSITIVE_ACTIONS.map((action) => (
          <label key={action} className="choice">
            <input
              type="radio"
              name={name}
              value={action}
              checked={draft.action === action}
              onChange={() => setDraft({ ...draft, action })}
            />{" "}
            {ACTION_LABELS[action]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Look for</legend>
        {SENSITIVE_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="checkbox"
              checked={draft.kinds.includes(kind)}
              onChange={(event) => toggleKind(kind, event.target.checked)}
            />{" "}
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Medical record number patterns (JavaScript regular expressions)</legend>
        <MrnPatternRows
          patterns={draft.mrnPatterns}
          onChange={(mrnPatterns) => setDraft({ ...draft, mrnPatterns })}
        />
      </fieldset>
      <button type="submit" className="button button-primary" disabled={problems}>
        Save policy
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}

/** Sensitive data settings of the collections the user manages (admins: all). */
export function SensitivePolicyPanel({ collections }: { collections: CollectionSummary[] }) {
  const [collectionId, setCollectionId] = useState(collections[0]?.id ?? "");
  const selectId = useId();
  if (collections.length === 0) return null;
  return (
    <section className="sensitive-policy-panel" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>Sensitive data guard</h2>
      <p className="lede">
        Finds e-mail addresses, phone numbers, national ids, cards, IBANs, dates of birth and your medical
        record numbers in a collection&apos;s documents. Detections are counted, never stored.
      </p>
      <label htmlFor={selectId} className="field-label">
        Collection
      </label>
      <select id={selectId} value={collectionId} onChange={(event) => setCollectionId(event.target.value)}>
        {collections.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
      </select>
      <PolicyForm key={collectionId} collectionId={collectionId} />
    </section>
  );
}
