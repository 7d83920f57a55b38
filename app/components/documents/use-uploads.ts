"use client";

import { useCallback, useRef, useState } from "react";
import { ApiRequestError, describeRequestFailure, readApiError } from "../api/api-error";
import { parseUploadResponse } from "../api/guards";
import type { UploadedDocument } from "../api/types";
import type { UploadItem } from "./upload-status";

async function uploadOne(file: File, collectionId: string | null): Promise<UploadedDocument> {
  const form = new FormData();
  form.append("file", file, file.name);
  if (collectionId !== null) form.append("collection", collectionId);
  const response = await fetch("/api/documents", { method: "POST", body: form });
  if (!response.ok) throw await readApiError(response);
  const uploaded = parseUploadResponse(await response.json().catch(() => null))?.[0];
  if (!uploaded)
    throw new ApiRequestError("The server did not confirm the upload.", response.status, "BAD_RESPONSE");
  return uploaded;
}

/**
 * Uploads files into the chosen collection (null: the default one), one request each, one after another: each file gets its own success or error
 * (a 413 for one large PDF must not fail the others), and a small server is not flooded.
 */
export function useUploads(onUploaded: () => void, collectionId: string | null) {
  const [items, setItems] = useState<UploadItem[]>([]);
  // Not crypto.randomUUID: it is missing on plain-http intranet hosts (not a secure context).
  const nextKey = useRef(0);

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const upload = useCallback(
    async (files: File[]) => {
      const batch = files.map((file) => {
        nextKey.current += 1;
        return { file, key: `upload-${nextKey.current}` };
      });
      setItems((current) => [
        ...batch.map(({ file, key }): UploadItem => ({ key, fileName: file.name, phase: "uploading" })),
        ...current,
      ]);
      for (const { file, key } of batch) {
        try {
          const document = await uploadOne(file, collectionId);
          update(key, { phase: "uploaded", document });
          onUploaded();
        } catch (error) {
          update(key, { phase: "failed", error: describeRequestFailure(error) });
        }
      }
    },
    [onUploaded, update, collectionId],
  );

  const clearFinished = useCallback(() => {
    setItems((current) => current.filter((item) => item.phase === "uploading"));
  }, []);

  return { items, upload, clearFinished };
}
