import { describeImport } from "./describe-import";
import type { ImportItem } from "./import-types";

interface ImportListProps {
  items: ImportItem[];
  onDismiss: (key: string) => void;
}

function ImportRow({ item, onDismiss }: { item: ImportItem; onDismiss: (key: string) => void }) {
  const display = describeImport(item);
  const settled = display.status === "finished" || display.status === "failed";
  return (
    <li
      className="upload-item"
      data-testid="import-item"
      data-status={display.status}
      data-batch-id={item.batch?.id}
    >
      <span className="upload-name">{item.label}</span>
      <span
        className={`upload-message status-text-${display.status === "finished" ? "ready" : display.status}`}
      >
        <span data-testid="import-status" aria-live="polite">
          {display.statusText}
        </span>
        {display.total > 0 && !settled && (
          <span className="progress-line">
            <progress max={display.total} value={display.done} aria-label={`Importing ${item.label}`} />
          </span>
        )}
        {display.detail && (
          <span className="progress-text" data-testid="import-detail">
            {display.detail}
          </span>
        )}
      </span>
      {settled && (
        <button type="button" className="button button-quiet" onClick={() => onDismiss(item.key)}>
          Dismiss<span className="visually-hidden"> {item.label}</span>
        </button>
      )}
    </li>
  );
}

/**
 * One row per zip or folder import, with a live progress bar, counts and time left. Only the
 * status words are a live region; announcing every changing count would drown a screen reader.
 */
export function ImportList({ items, onDismiss }: ImportListProps) {
  return (
    <section className="uploads" aria-labelledby="imports-heading" hidden={items.length === 0}>
      <div className="section-header">
        <h2 id="imports-heading" className="section-heading">
          Imports
        </h2>
      </div>
      <ul className="upload-list" data-testid="import-list">
        {items.map((item) => (
          <ImportRow key={item.key} item={item} onDismiss={onDismiss} />
        ))}
      </ul>
    </section>
  );
}
