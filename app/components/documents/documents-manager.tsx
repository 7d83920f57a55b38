"use client";

import { useState } from "react";
import type { CollectionSummary } from "@/lib/access/collections/list-collections";
import { CollectionPicker } from "./collection-picker";
import { ALL_DOCUMENTS, type DocumentFilter, filterDocuments, isFiltering } from "./document-filter";
import { DocumentFilterBar } from "./document-filter-bar";
import { DocumentsTable } from "./documents-table";
import { QueueSummary } from "./queue-summary";
import { UploadStatusList } from "./upload-status-list";
import { UploadZone } from "./upload-zone";
import { useDocuments } from "./use-documents";
import { useQueueStatus } from "./use-queue-status";
import { useUploads } from "./use-uploads";

interface DocumentsManagerProps {
  /** Collections the signed-in user may upload into; empty hides the upload zone. */
  uploadTargets: CollectionSummary[];
}

const DEFAULT_COLLECTION_ID = "default";

function initialTarget(targets: CollectionSummary[]): string | null {
  if (targets.some((target) => target.id === DEFAULT_COLLECTION_ID)) return DEFAULT_COLLECTION_ID;
  return targets[0]?.id ?? null;
}

export function DocumentsManager({ uploadTargets }: DocumentsManagerProps) {
  const { documents, loadError, refresh, remove, cancel, retry } = useDocuments();
  const [collectionId, setCollectionId] = useState<string | null>(() => initialTarget(uploadTargets));
  const { items, upload, clearFinished } = useUploads(refresh, collectionId);
  const queue = useQueueStatus(documents);
  const [filter, setFilter] = useState<DocumentFilter>(ALL_DOCUMENTS);
  const shown = documents && filterDocuments(documents, filter);

  return (
    <>
      {uploadTargets.length > 1 && collectionId !== null && (
        <CollectionPicker collections={uploadTargets} value={collectionId} onChange={setCollectionId} />
      )}
      {uploadTargets.length > 0 ? (
        <UploadZone
          onFiles={(files) => void upload(files)}
          onImported={refresh}
          collectionId={collectionId}
        />
      ) : (
        <p className="notice notice-info" data-testid="read-only-notice">
          You can read this library but not add to it. Ask an administrator for manage access to a collection.
        </p>
      )}
      <UploadStatusList items={items} documents={documents} onClear={clearFinished} />
      <section className="library" aria-labelledby="library-heading">
        <div className="section-header">
          <h2 id="library-heading" className="section-heading">
            Library
          </h2>
          {documents && documents.length > 0 && (
            <span className="hint">
              {documents.length} {documents.length === 1 ? "document" : "documents"}
            </span>
          )}
        </div>
        <QueueSummary status={queue} />
        <div role="alert" className="alert-region">
          {loadError && <p className="notice notice-error">{loadError}</p>}
        </div>
        {documents && documents.length > 0 && (
          <DocumentFilterBar documents={documents} filter={filter} onChange={setFilter} />
        )}
        <DocumentsTable
          documents={shown}
          filtered={isFiltering(filter)}
          onDelete={remove}
          onCancel={cancel}
          onRetry={retry}
        />
      </section>
    </>
  );
}
