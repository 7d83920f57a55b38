import { hasConsistentDelimiters } from "./has-consistent-delimiters";
import { looksLikeEmail } from "./looks-like-email";
import { MIME, type SupportedMimeType } from "./mime-types";

const MARKDOWN_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd"]);
const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml"]);
const HTML_START = /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
/** What may precede the root element of an HTML file: an XML declaration, comments, whitespace. */
const HTML_PREAMBLE = /^(\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/;

/**
 * Picks the reader for a text upload from its content first (RTF, HTML, e-mail), then from its
 * name: CSV and TSV only when the extension (or declared type) says so and the rows really have
 * a consistent delimiter, Markdown by extension or declared type, and plain text for the rest
 * (reStructuredText, Org, XML, JSON, source code...).
 */
export function sniffTextType(head: string, extension: string, declaredMime?: string): SupportedMimeType {
  const declared = declaredMime?.toLowerCase() ?? "";
  if (head.startsWith("{\\rtf")) return MIME.rtf;
  if (HTML_EXTENSIONS.has(extension) || HTML_START.test(head.replace(HTML_PREAMBLE, ""))) return MIME.html;
  if (looksLikeEmail(head)) return MIME.email;

  const tabular =
    extension === "tsv" || extension === "tab" || declared.startsWith("text/tab-separated-values");
  const commaSeparated = extension === "csv" || declared.startsWith("text/csv");
  if ((tabular || commaSeparated) && hasConsistentDelimiters(head)) return tabular ? MIME.tsv : MIME.csv;

  if (MARKDOWN_EXTENSIONS.has(extension)) return MIME.markdown;
  if (extension === "txt" || extension === "text") return MIME.text;
  if (declared.startsWith("text/markdown")) return MIME.markdown;
  return MIME.text;
}
