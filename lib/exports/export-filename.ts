export type ExportFormat = "md" | "pdf";

/**
 * "quire-dosing-for-children.pdf": ASCII letters, digits and dashes only, so the name is
 * safe in a Content-Disposition header and on every file system.
 */
export function exportFilename(title: string, format: ExportFormat): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `quire-${slug || "conversation"}.${format}`;
}
