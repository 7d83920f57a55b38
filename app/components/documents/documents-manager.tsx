"use client";

import { DocumentsTable } from "./documents-table";
import { UploadStatusList } from "./upload-status-list";
import { UploadZone } from "./upload-zone";
import { useDocuments } from "./use-documents";
import { useUploads } from "./use-uploads";

export function DocumentsManager() {
  const { documents, loadError, refresh, remove } = useDocuments();
  const { items, upload, clearFinished } = useUploads(refresh);

  return (
    <>
      <UploadZone onFiles={(files) => void upload(files)} />
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
        <div role="alert" className="alert-region">
          {loadError && <p className="notice notice-error">{loadError}</p>}
        </div>
        <DocumentsTable documents={documents} onDelete={remove} />
      </section>
    </>
  );
}
