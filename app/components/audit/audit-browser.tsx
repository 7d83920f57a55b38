"use client";

import { type FormEvent, useCallback, useEffect, useState } from "react";
import { NewerOlderPager } from "../paging/newer-older-pager";
import type { AuditFilters, AuditPage } from "./audit-types";
import { VerifyChain } from "./verify-chain";

const PAGE_SIZE = 50;
const NO_FILTERS: AuditFilters = { action: "", actor: "", target: "", from: "", to: "" };

function queryOf(filters: AuditFilters, offset: number): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== "") params.set(key, value.trim());
  return params.toString();
}

/** Filters, a page of events (newest first) and paging; filtering happens on the server. */
export function AuditBrowser({ actions }: { actions: string[] }) {
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [applied, setApplied] = useState<AuditFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (filters: AuditFilters, from: number) => {
    setError(null);
    const response = await fetch(`/api/audit?${queryOf(filters, from)}`, { cache: "no-store" });
    const body = (await response.json()) as AuditPage | { error: { message: string } };
    if ("error" in body) setError(body.error.message);
    else setPage(body);
  }, []);

  useEffect(() => {
    load(applied, offset).catch((failure: unknown) => setError(String(failure)));
  }, [applied, offset, load]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setApplied(draft);
  }
  const field = (key: keyof AuditFilters) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });

  return (
    <section className="audit-browser">
      <VerifyChain />
      <form className="audit-filters" onSubmit={submit} aria-label="Filter events">
        <label>
          Action
          <select {...field("action")}>
            <option value="">All</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor
          <input type="text" placeholder="e-mail, cli, system" {...field("actor")} />
        </label>
        <label>
          Target id
          <input type="text" {...field("target")} />
        </label>
        <label>
          From
          <input type="date" {...field("from")} />
        </label>
        <label>
          To
          <input type="date" {...field("to")} />
        </label>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {page && (
        <>
          <p className="audit-count">
            {page.total === 0
              ? "No events match."
              : `Events ${offset + 1}–${offset + page.events.length} of ${page.total}`}
          </p>
          <div className="table-scroll">
            <table className="audit-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Time (UTC)</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {page.events.map((event) => (
                  <tr key={event.id}>
                    <td>{event.id}</td>
                    <td>{event.at.replace("T", " ").slice(0, 19)}</td>
                    <td>{event.actorLabel}</td>
                    <td>
                      <code>{event.action}</code>
                    </td>
                    <td>{event.targetId === null ? "" : `${event.targetType ?? ""} ${event.targetId}`}</td>
                    <td>
                      <code className="audit-details">
                        {event.details === null ? "" : JSON.stringify(event.details)}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <NewerOlderPager
            offset={offset}
            pageSize={PAGE_SIZE}
            total={page.total}
            onOffsetChange={setOffset}
          />
        </>
      )}
    </section>
  );
}
