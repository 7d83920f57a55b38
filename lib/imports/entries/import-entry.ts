/** A file found in a folder or archive, read only when it is stored so large imports stay lean. */
export interface ImportFile {
  kind: "file";
  /** Forward-slash path relative to the imported folder or archive root. */
  path: string;
  size: number;
  /** Last modification time, where the source has one (folders do, archives are not watched). */
  modifiedMs?: number;
  declaredType?: string;
  read: () => Promise<Uint8Array>;
}

/** Something found but deliberately not imported (junk, a link leaving the folder, an unreadable entry). */
export interface SkippedEntry {
  kind: "skipped";
  path: string;
  reason: string;
}

export type ImportEntry = ImportFile | SkippedEntry;

export function skippedEntry(path: string, reason: string): SkippedEntry {
  return { kind: "skipped", path, reason };
}
