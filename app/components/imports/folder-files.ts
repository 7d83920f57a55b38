import { junkReason } from "@/lib/imports/entries/junk-reason";
import type { FolderFile } from "./import-types";

const ARCHIVE_TYPES = new Set(["application/zip", "application/x-zip-compressed", "application/x-zip"]);

export function isZipArchive(file: File): boolean {
  return file.name.toLowerCase().endsWith(".zip") || ARCHIVE_TYPES.has(file.type);
}

/** "corpus/hr/leave.pdf" -> top folder "corpus", path "hr/leave.pdf": paths are relative to the folder chosen, as in the CLI. */
function splitTopFolder(relativePath: string): { top: string; rest: string } {
  const slash = relativePath.indexOf("/");
  return slash < 0
    ? { top: "", rest: relativePath }
    : { top: relativePath.slice(0, slash), rest: relativePath.slice(slash + 1) };
}

/**
 * Files from an `<input webkitdirectory>`, grouped by the folder chosen, with junk (.DS_Store,
 * hidden folders) left out before anything is sent.
 */
export function folderFromInput(files: File[]): { label: string; files: FolderFile[] } {
  let label = "";
  const picked: FolderFile[] = [];
  for (const file of files) {
    const { top, rest } = splitTopFolder(file.webkitRelativePath || file.name);
    label ||= top;
    if (junkReason(rest) === null) picked.push({ file, path: rest });
  }
  return { label: label || "Folder", files: picked };
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries answers in batches (100 at a time in Chromium) until it returns none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

/** Every file under a dropped folder, with paths relative to it; junk folders are not even opened. */
export async function folderFromDrop(
  directory: FileSystemDirectoryEntry,
): Promise<{ label: string; files: FolderFile[] }> {
  const files: FolderFile[] = [];
  const pending: Array<{ entry: FileSystemDirectoryEntry; prefix: string }> = [
    { entry: directory, prefix: "" },
  ];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current) break;
    for (const child of await readAllEntries(current.entry.createReader())) {
      const path = `${current.prefix}${child.name}`;
      if (junkReason(path) !== null) continue;
      if (isDirectory(child)) pending.push({ entry: child, prefix: `${path}/` });
      else if (isFile(child)) files.push({ file: await fileOf(child), path });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { label: directory.name, files };
}

export interface DroppedItems {
  files: File[];
  archives: File[];
  folders: FileSystemDirectoryEntry[];
}

function classify(dropped: DroppedItems, file: File | null, entry: FileSystemEntry | null) {
  if (entry && isDirectory(entry)) dropped.folders.push(entry);
  else if (file && isZipArchive(file)) dropped.archives.push(file);
  else if (file) dropped.files.push(file);
}

/**
 * Sorts a drop into loose files (normal upload), archives and folders (imports). Must run inside
 * the drop handler: the browser empties the DataTransfer once it returns.
 */
export function sortDrop(dataTransfer: DataTransfer): DroppedItems {
  const dropped: DroppedItems = { files: [], archives: [], folders: [] };
  const items = Array.from(dataTransfer.items ?? []).filter((item) => item.kind === "file");
  if (items.length === 0) {
    for (const file of Array.from(dataTransfer.files)) classify(dropped, file, null);
    return dropped;
  }
  for (const item of items) classify(dropped, item.getAsFile(), item.webkitGetAsEntry?.() ?? null);
  return dropped;
}
