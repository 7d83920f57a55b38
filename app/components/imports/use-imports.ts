"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError, describeRequestFailure, readApiError } from "../api/api-error";
import { requestJson } from "../api/request-json";
import type { ApiImportBatch, FolderFile, ImportItem } from "./import-types";
import { parseImportBatch, parseImportList, parseImportStarted } from "./parse-import-responses";
import { planFolderRequests } from "./plan-folder-requests";

/** As often as the documents list: live enough for an ETA, no load on a small server. */
const POLL_INTERVAL_MS = 1500;

async function postImport(url: string, form: FormData): Promise<ApiImportBatch> {
  const response = await fetch(url, { method: "POST", body: form });
  if (!response.ok) throw await readApiError(response);
  const batch = parseImportStarted(await response.json().catch(() => null));
  if (!batch)
    throw new ApiRequestError("The server did not confirm the import.", response.status, "BAD_RESPONSE");
  return batch;
}

function folderForm(
  group: FolderFile[],
  first: { label: string; expected: number } | null,
  collectionId: string | null,
): FormData {
  const form = new FormData();
  if (collectionId !== null) form.append("collection", collectionId);
  for (const item of group) {
    form.append("file", item.file, item.file.name);
    form.append("path", item.path);
  }
  if (first) {
    form.append("label", first.label);
    form.append("expected", String(first.expected));
  }
  return form;
}

/**
 * Zip and folder imports from the documents page: sends them (a large folder in several
 * requests to one batch), then follows each batch's progress until it has finished. Imports
 * still running when the page is opened are picked up again from the server.
 */
export function useImports(onProgress: (() => void) | undefined, collectionId: string | null) {
  const [items, setItems] = useState<ImportItem[]>([]);
  const [pollCount, setPollCount] = useState(0);
  // Not crypto.randomUUID: it is missing on plain-http intranet hosts (not a secure context).
  const nextKey = useRef(0);
  const progressCallback = useRef(onProgress);
  progressCallback.current = onProgress;

  const update = useCallback((key: string, patch: Partial<ImportItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const begin = useCallback((label: string, totalFiles: number): string => {
    nextKey.current += 1;
    const key = `import-${nextKey.current}`;
    setItems((current) => [{ key, label, phase: "sending", sentFiles: 0, totalFiles }, ...current]);
    return key;
  }, []);

  useEffect(() => {
    requestJson("/api/imports?limit=10")
      .then((body) => {
        // Only batches with work still queued: one whose sender gave up half-way never finishes.
        const running = (parseImportList(body) ?? []).filter(
          (batch) => !batch.finished && batch.counts.queued + batch.counts.processing > 0,
        );
        setItems((current) => [
          ...current,
          ...running
            .filter((batch) => !current.some((item) => item.batch?.id === batch.id))
            .map(
              (batch): ImportItem => ({
                key: `server-${batch.id}`,
                label: batch.label,
                phase: "sent",
                sentFiles: batch.total,
                totalFiles: batch.total,
                batch,
              }),
            ),
        ]);
      })
      .catch(() => undefined); // the panel simply starts empty
  }, []);

  const importArchive = useCallback(
    async (file: File) => {
      const key = begin(file.name, 1);
      const form = new FormData();
      form.append("archive", file, file.name);
      if (collectionId !== null) form.append("collection", collectionId);
      try {
        const batch = await postImport("/api/imports", form);
        update(key, { phase: "sent", sentFiles: 1, batch });
        progressCallback.current?.();
      } catch (error) {
        update(key, { phase: "failed", error: describeRequestFailure(error) });
      }
    },
    [begin, update, collectionId],
  );

  const importFolder = useCallback(
    async (label: string, files: FolderFile[]) => {
      const key = begin(label, files.length);
      if (files.length === 0) {
        update(key, { phase: "failed", error: "The folder holds no files to import." });
        return;
      }
      let batch: ApiImportBatch | undefined;
      let sent = 0;
      try {
        for (const group of planFolderRequests(files)) {
          const url = batch ? `/api/imports/${encodeURIComponent(batch.id)}/files` : "/api/imports";
          batch = await postImport(
            url,
            folderForm(group, batch ? null : { label, expected: files.length }, collectionId),
          );
          sent += group.length;
          update(key, { sentFiles: sent, batch });
          progressCallback.current?.();
        }
        update(key, { phase: "sent" });
      } catch (error) {
        update(key, { phase: "failed", error: describeRequestFailure(error) });
      }
    },
    [begin, update, collectionId],
  );

  const activeIds = items
    .flatMap((item) => (item.batch && !item.batch.finished ? [item.batch.id] : []))
    .join(",");

  // biome-ignore lint/correctness/useExhaustiveDependencies: pollCount is the trigger that schedules the next poll
  useEffect(() => {
    if (activeIds === "") return;
    const timer = window.setTimeout(async () => {
      for (const id of activeIds.split(",")) {
        const batch = parseImportBatch(await requestJson(`/api/imports/${id}`).catch(() => null));
        if (batch) {
          setItems((current) => current.map((item) => (item.batch?.id === id ? { ...item, batch } : item)));
        }
      }
      progressCallback.current?.();
      setPollCount((n) => n + 1);
    }, POLL_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [activeIds, pollCount]);

  const dismiss = useCallback((key: string) => {
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  return { items, importArchive, importFolder, dismiss };
}
