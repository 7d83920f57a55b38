import type { ApiDocument } from "../api/types";
import { describeUpload, type UploadItem } from "./upload-status";

interface UploadStatusListProps {
  items: UploadItem[];
  documents: ApiDocument[] | null;
  onClear: () => void;
}

/**
 * The live region is always rendered so that screen readers announce changes inside it.
 * Only status words change here; the moving percentages stay in the table, unannounced.
 */
export function UploadStatusList({ items, documents, onClear }: UploadStatusListProps) {
  const byId = new Map((documents ?? []).map((document) => [document.id, document]));
  const busy = items.some((item) => item.phase === "uploading");
  return (
    <section className="uploads" aria-labelledby="uploads-heading" hidden={items.length === 0}>
      <div className="section-header">
        <h2 id="uploads-heading" className="section-heading">
          Uploads
        </h2>
        {!busy && items.length > 0 && (
          <button type="button" className="button button-quiet" onClick={onClear}>
            Clear list
          </button>
        )}
      </div>
      <ul className="upload-list" aria-live="polite" data-testid="upload-status">
        {items.map((item) => {
          const display = describeUpload(item, item.document ? byId.get(item.document.id) : undefined);
          return (
            <li key={item.key} className="upload-item" data-testid="upload-item" data-status={display.status}>
              <span className="upload-name">{item.fileName}</span>
              <span className={`upload-message status-text-${display.status}`}>{display.message}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
