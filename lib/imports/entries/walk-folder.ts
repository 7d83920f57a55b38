import type { Dirent, Stats } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { type ImportEntry, skippedEntry } from "./import-entry";
import { junkReason } from "./junk-reason";

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

function fileEntry(relativePath: string, absolutePath: string, stat: Stats): ImportEntry {
  return {
    kind: "file",
    path: relativePath,
    size: stat.size,
    modifiedMs: stat.mtimeMs,
    read: async () => new Uint8Array(await fs.readFile(absolutePath)),
  };
}

/**
 * A symbolic link is followed only to a file inside the folder. Links to folders are not
 * followed: inside the folder they are aliases whose files are imported through their real
 * path anyway, and outside it they would import what the person did not choose.
 */
async function resolveLink(root: string, relativePath: string, absolutePath: string): Promise<ImportEntry> {
  const target = await fs.realpath(absolutePath).catch(() => null);
  if (target === null) return skippedEntry(relativePath, "Skipped: broken symbolic link.");
  if (!isInside(root, target))
    return skippedEntry(relativePath, "Skipped: symbolic link that points outside the folder.");
  const stat = await fs.stat(target);
  if (stat.isFile()) return fileEntry(relativePath, target, stat);
  return skippedEntry(
    relativePath,
    "Skipped: symbolic link to a folder (its files are imported from their real place).",
  );
}

async function entryFor(root: string, relativePath: string, dirent: Dirent): Promise<ImportEntry | "folder"> {
  const absolutePath = path.join(root, relativePath);
  if (dirent.isDirectory()) return "folder";
  const junk = junkReason(relativePath);
  if (junk) return skippedEntry(relativePath, junk);
  if (dirent.isSymbolicLink()) return resolveLink(root, relativePath, absolutePath);
  if (!dirent.isFile()) return skippedEntry(relativePath, "Skipped: not a regular file.");
  const stat = await fs.stat(absolutePath).catch(() => null);
  // Deleted between listing and looking: nothing to import, and nothing worth failing over.
  if (!stat) return skippedEntry(relativePath, "Skipped: the file disappeared while the folder was read.");
  return fileEntry(relativePath, absolutePath, stat);
}

async function listFolder(root: string, folder: string): Promise<Dirent[] | null> {
  try {
    const dirents = await fs.readdir(path.join(root, folder), { withFileTypes: true });
    return dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (folder === "") throw error;
    return null;
  }
}

/**
 * Every file under `root` (itself a real path), recursively, in a stable order, as forward-slash
 * paths relative to it. Junk and escaping links come back as skipped entries so the caller can
 * count and report them.
 */
export async function walkFolder(root: string): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  const pending: string[] = [""];
  while (pending.length > 0) {
    const folder = pending.pop() ?? "";
    const dirents = await listFolder(root, folder);
    if (!dirents) {
      // An unreadable subfolder (permissions) is reported once rather than ending the import.
      entries.push(skippedEntry(`${folder}/`, "Skipped: the folder could not be read (permissions?)."));
      continue;
    }
    for (const dirent of dirents) {
      const relativePath = folder === "" ? dirent.name : `${folder}/${dirent.name}`;
      const entry = await entryFor(root, relativePath, dirent);
      if (entry === "folder") pending.push(relativePath);
      else entries.push(entry);
    }
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
