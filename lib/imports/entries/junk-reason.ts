/** Files operating systems and editors leave behind; nobody means to import them. */
const JUNK_FILE_NAMES = new Set([".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".localized"]);
const JUNK_FOLDER_NAMES = new Set(["__macosx"]);

/**
 * Why a path should not be imported, or null when it should. Pure, so the browser filters a
 * dropped folder with the same rules the server applies to archives and the CLI to folders.
 */
export function junkReason(relativePath: string): string | null {
  const segments = relativePath.split("/").filter((segment) => segment !== "");
  for (const [index, segment] of segments.entries()) {
    const lower = segment.toLowerCase();
    const isFile = index === segments.length - 1;
    if (!isFile && JUNK_FOLDER_NAMES.has(lower)) return "Skipped: macOS archive metadata (__MACOSX).";
    if (isFile && JUNK_FILE_NAMES.has(lower)) return "Skipped: operating-system junk file.";
    if (segment.startsWith(".")) return isFile ? "Skipped: hidden file." : "Skipped: inside a hidden folder.";
    // "~$report.docx" is the lock file Office keeps beside an open document.
    if (isFile && segment.startsWith("~$")) return "Skipped: editor lock file.";
  }
  return null;
}
