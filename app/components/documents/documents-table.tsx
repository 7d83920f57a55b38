import type { ApiDocument } from "../api/types";
import { type DocumentActions, DocumentRow } from "./document-row";

interface DocumentsTableProps extends DocumentActions {
  documents: ApiDocument[] | null;
  /** True when a filter hides documents that exist, so the empty message says so. */
  filtered?: boolean;
}

export function DocumentsTable({ documents, filtered = false, ...actions }: DocumentsTableProps) {
  if (documents === null) return <p className="hint">Loading documents…</p>;
  if (documents.length === 0) {
    return (
      <p className="empty-state" data-testid="documents-empty">
        {filtered
          ? "No documents match this filter."
          : "No documents yet. Upload files above to build your library."}
      </p>
    );
  }
  return (
    // Scrollable on narrow screens; focusable so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be keyboard-scrollable
    <section className="table-scroll" aria-label="Document list" tabIndex={0}>
      <table className="documents-table">
        <caption className="visually-hidden">Documents in your library</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Type</th>
            <th scope="col" className="cell-number">
              Pages
            </th>
            <th scope="col" className="cell-number">
              Passages
            </th>
            <th scope="col">Status</th>
            <th scope="col">Uploaded</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <DocumentRow key={document.id} document={document} {...actions} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
