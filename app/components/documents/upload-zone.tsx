"use client";

import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { folderFromDrop, folderFromInput, isZipArchive, sortDrop } from "../imports/folder-files";
import { ImportList } from "../imports/import-list";
import { useImports } from "../imports/use-imports";
import { ACCEPTED_FILE_TYPES } from "./document-format";

const ACCEPTED_WITH_ARCHIVES = `${ACCEPTED_FILE_TYPES},.zip,application/zip`;

function carriesFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  return event.dataTransfer?.types.includes("Files") ?? false;
}

interface UploadZoneProps {
  onFiles: (files: File[]) => void;
  /** Called while imports make progress, so the library can refresh. */
  onImported?: () => void;
  /** The collection uploads and imports go into; null: the default collection. */
  collectionId: string | null;
}

/**
 * Drop target plus ordinary pickers for files and for a whole folder. Loose files go through
 * `onFiles`; a .zip or a folder becomes one import batch with its own progress row. The real
 * inputs stay in the tab order (visually hidden); their labels are styled as the buttons and
 * show the focus ring.
 */
export function UploadZone({ onFiles, onImported, collectionId }: UploadZoneProps) {
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const folderInputId = useId();
  const hintId = useId();
  const folderInput = useRef<HTMLInputElement>(null);
  const { items, importArchive, importFolder, dismiss } = useImports(onImported, collectionId);

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

  // React has no typed prop for it; set it on the element (Chromium, Firefox and Safari all support it).
  useEffect(() => {
    folderInput.current?.setAttribute("webkitdirectory", "");
  }, []);

  function takeFiles(files: File[]) {
    const archives = files.filter(isZipArchive);
    const documents = files.filter((file) => !isZipArchive(file));
    if (documents.length > 0) onFiles(documents);
    for (const archive of archives) void importArchive(archive);
  }

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
    const dropped = sortDrop(event.dataTransfer);
    takeFiles([...dropped.files, ...dropped.archives]);
    for (const folder of dropped.folders) {
      void folderFromDrop(folder).then(({ label, files }) => importFolder(label, files));
    }
  }

  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the inputs below are the keyboard path */}
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
        <p className="dropzone-title">Drag files, a folder or a .zip here to upload</p>
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPTED_WITH_ARCHIVES}
          className="visually-hidden file-input"
          data-testid="upload-input"
          aria-describedby={hintId}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // Reset so that choosing the same file again (after a fix) still triggers a change.
            event.currentTarget.value = "";
            if (files.length > 0) takeFiles(files);
          }}
        />
        <label htmlFor={inputId} className="button button-secondary file-button">
          Choose files
        </label>
        <input
          ref={folderInput}
          id={folderInputId}
          type="file"
          multiple
          className="visually-hidden file-input"
          data-testid="upload-folder-input"
          aria-describedby={hintId}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = "";
            if (files.length === 0) return;
            const folder = folderFromInput(files);
            void importFolder(folder.label, folder.files);
          }}
        />
        <label htmlFor={folderInputId} className="button button-secondary file-button">
          Choose folder
        </label>
        <p id={hintId} className="hint">
          PDF, Markdown (.md) or plain text (.txt), several at once. A .zip or a folder is imported as one
          batch, with its progress shown below.
        </p>
      </div>
      <ImportList items={items} onDismiss={dismiss} />
    </>
  );
}
