"use client";

import { useEffect, useState } from "react";
import type { DocumentPageView } from "@/lib/documents/read-document-page";
import { describeRequestFailure, isAbortError } from "../api/api-error";
import { isRecord } from "../api/guards";
import { requestJson } from "../api/request-json";

export type StoredPage = DocumentPageView;

export type PageLoad =
  | { status: "loading" }
  | { status: "ready"; page: StoredPage }
  | { status: "error"; message: string };

function isStoredPage(value: unknown): value is StoredPage {
  return (
    isRecord(value) &&
    typeof value.documentId === "string" &&
    typeof value.text === "string" &&
    typeof value.page === "number" &&
    typeof value.pages === "number" &&
    Array.isArray(value.blocks)
  );
}

/** The stored text of one page (GET /api/documents/:id/pages/:page), refetched when either changes. */
export function useDocumentPage(documentId: string, page: number): PageLoad {
  const [load, setLoad] = useState<PageLoad>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: "loading" });
    requestJson(`/api/documents/${encodeURIComponent(documentId)}/pages/${page}`, {
      signal: controller.signal,
    }).then(
      (body) =>
        setLoad(
          isStoredPage(body)
            ? { status: "ready", page: body }
            : { status: "error", message: "The page could not be read." },
        ),
      (error: unknown) => {
        if (!isAbortError(error)) setLoad({ status: "error", message: describeRequestFailure(error) });
      },
    );
    return () => controller.abort();
  }, [documentId, page]);
  return load;
}
