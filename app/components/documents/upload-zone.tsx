"use client";

import { type DragEvent, useEffect, useId, useState } from "react";
import { ACCEPTED_FILE_TYPES } from "./document-format";

function carriesFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  return event.dataTransfer?.types.includes("Files") ?? false;
}

/**
 * Drop target plus an ordinary file picker. The real <input type="file"> stays in the tab
 * order (visually hidden); its label is styled as the button and shows its focus ring.
 */
export function UploadZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();

  // A file dropped just outside the zone would otherwise make the browser navigate to it.
  useEffect(() => {
    const swallow = (event: globalThis.DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    window.addEventListener("dragover", swallow);
    window.addEventListener("drop", swallow);
    return () => {
      window.removeEventListener("dragover", swallow);
      window.removeEventListener("drop", swallow);
    };
  }, []);

  function handleDragOver(event: DragEvent<HTMLDivElement>) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  }

  function handleDragLeave(event: DragEvent<HTMLDivElement>) {
    // Moving over a child fires dragleave on the zone; only leaving the zone itself counts.
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    setDragging(false);
  }

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input below is the keyboard path
    <div
      className="dropzone"
      data-dragging={dragging}
      data-testid="upload-dropzone"
      onDragOver={handleDragOver}
      onDragEnter={handleDragOver}
      onDragLeave={handleDragLeave}
      onDrop={handleDrop}
    >
      <svg className="dropzone-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <p className="dropzone-title">Drag files here to upload</p>
      <input
        id={inputId}
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        className="visually-hidden file-input"
        data-testid="upload-input"
        aria-describedby={hintId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Reset so that choosing the same file again (after a fix) still triggers a change.
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={inputId} className="button button-secondary file-button">
        Choose files
      </label>
      <p id={hintId} className="hint">
        PDF, Markdown (.md) or plain text (.txt). You can select several files at once.
      </p>
    </div>
  );
}
