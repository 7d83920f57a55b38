import type { ApiDocument } from "../api/types";
import { documentFileHref } from "../ask/format-pages";
import { OCR_EXPLANATION } from "../ask/ocr-badge";
import { DeleteDocumentButton } from "./delete-document-button";
import { describeDocumentType, formatFileSize, formatOcrPages, formatUploadedAt } from "./document-format";
import { JobActionButton } from "./job-action-button";
import { StatusBadge } from "./status-badge";

export interface DocumentActions {
  onDelete: (id: string) => Promise<void>;
  onCancel: (id: string) => Promise<void>;
  onRetry: (id: string) => Promise<void>;
}

interface DocumentRowProps extends DocumentActions {
  document: ApiDocument;
}

export function DocumentRow({ document, onDelete, onCancel, onRetry }: DocumentRowProps) {
  const size = formatFileSize(document.sizeBytes);
  const ocrPages = formatOcrPages(document.ocrPages);
  // Passages without a vector are only found by keyword search until they are embedded.
  const unembedded = document.status === "ready" && document.embeddedChunks < document.chunks;
  return (
    <tr data-testid="document-row" data-status={document.status} data-document-id={document.id}>
      <th scope="row" className="cell-title">
        <a href={documentFileHref(document.id)} target="_blank" rel="noopener noreferrer">
          {document.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {(document.filename || size) && (
          <span className="cell-sub">{[document.filename, size].filter(Boolean).join(" · ")}</span>
        )}
      </th>
      <td>{describeDocumentType(document.mimeType, document.filename)}</td>
      <td className="cell-number">
        {document.pages ?? "—"}
        {ocrPages && (
          <span className="cell-sub" title={OCR_EXPLANATION} data-testid="ocr-pages">
            {ocrPages}
          </span>
        )}
      </td>
      <td className="cell-number">
        {document.chunks}
        {unembedded && <span className="cell-sub">{document.embeddedChunks} embedded</span>}
      </td>
      <td>
        <StatusBadge document={document} />
      </td>
      <td>
        <time dateTime={document.createdAt}>{formatUploadedAt(document.createdAt)}</time>
      </td>
      <td>
        <div className="row-actions">
          <JobActionButton document={document} onCancel={onCancel} onRetry={onRetry} />
          <DeleteDocumentButton title={document.title} onDelete={() => onDelete(document.id)} />
        </div>
      </td>
    </tr>
  );
}
