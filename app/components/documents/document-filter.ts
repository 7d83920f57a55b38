import { DOCUMENT_ERROR_REASONS, type DocumentErrorReason } from "@/lib/documents/error-reasons";
import type { ApiDocument } from "../api/types";
import { isActiveStatus } from "./document-format";

/** Which documents the library table shows; `reason` narrows failed documents. */
export type LibraryView = "all" | "ready" | "active" | "failed";

export interface DocumentFilter {
  view: LibraryView;
  reason: DocumentErrorReason | "any";
}

export const ALL_DOCUMENTS: DocumentFilter = { view: "all", reason: "any" };

export const VIEW_LABELS: Record<LibraryView, string> = {
  all: "All",
  ready: "Ready",
  active: "In progress",
  failed: "Failed",
};

function inView(document: ApiDocument, view: LibraryView): boolean {
  switch (view) {
    case "ready":
      return document.status === "ready";
    case "active":
      return isActiveStatus(document.status);
    case "failed":
      return document.status === "failed";
    default:
      return true;
  }
}

export function isFiltering(filter: DocumentFilter): boolean {
  return filter.view !== "all" || filter.reason !== "any";
}

export function filterDocuments(documents: readonly ApiDocument[], filter: DocumentFilter): ApiDocument[] {
  return documents.filter(
    (document) =>
      inView(document, filter.view) &&
      (filter.reason === "any" || (document.status === "failed" && document.errorReason === filter.reason)),
  );
}

export function countByView(documents: readonly ApiDocument[]): Record<LibraryView, number> {
  return {
    all: documents.length,
    ready: documents.filter((document) => inView(document, "ready")).length,
    active: documents.filter((document) => inView(document, "active")).length,
    failed: documents.filter((document) => inView(document, "failed")).length,
  };
}

/** Failure reasons present among the documents, in a fixed order, with how many each. */
export function failureReasonCounts(
  documents: readonly ApiDocument[],
): Array<{ reason: DocumentErrorReason; count: number }> {
  return DOCUMENT_ERROR_REASONS.map((reason) => ({
    reason,
    count: documents.filter((document) => document.status === "failed" && document.errorReason === reason)
      .length,
  })).filter((entry) => entry.count > 0);
}
