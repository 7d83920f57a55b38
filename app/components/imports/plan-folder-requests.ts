import type { FolderFile } from "./import-types";

/** Small enough that one request never nears the server's limits, large enough to stay fast. */
export const MAX_FILES_PER_REQUEST = 200;
export const MAX_BYTES_PER_REQUEST = 32 * 1024 * 1024;

/**
 * Splits a folder into request-sized groups, in order. A file larger than the byte budget goes
 * alone (the server skips it with a reason if it is over the upload limit).
 */
export function planFolderRequests(files: FolderFile[]): FolderFile[][] {
  const groups: FolderFile[][] = [];
  let current: FolderFile[] = [];
  let bytes = 0;
  for (const item of files) {
    const full = current.length >= MAX_FILES_PER_REQUEST || bytes + item.file.size > MAX_BYTES_PER_REQUEST;
    if (current.length > 0 && full) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.file.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
