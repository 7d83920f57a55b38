"use client";

import { useState } from "react";
import { ALL_DOCUMENTS, type DocumentFilter, filterDocuments, isFiltering } from "./document-filter";
import { DocumentFilterBar } from "./document-filter-bar";
import { DocumentsTable } from "./documents-table";
import { QueueSummary } from "./queue-summary";
import { UploadStatusList } from "./upload-status-list";
import { UploadZone } from "./upload-zone";
import { useDocuments } from "./use-documents";
import { useQueueStatus } from "./use-queue-status";
import { useUploads } from "./use-uploads";

export function DocumentsManager() {
  const { documents, loadError, refresh, remove, cancel, retry } = useDocuments();
  const { items, upload, clearFinished } = useUploads(refresh);
  const queue = useQueueStatus(documents);
  const [filter, setFilter] = useState<DocumentFilter>(ALL_DOCUMENTS);
  const shown = documents && filterDocuments(documents, filter);

  return (
    <>
      <UploadZone onFiles={(files) => void upload(files)} onImported={refresh} />
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
