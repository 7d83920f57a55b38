/** Every type an upload can be stored as; each has an extractor in ingest/extract. */
export const MIME = {
  pdf: "application/pdf",
  markdown: "text/markdown",
  text: "text/plain",
  html: "text/html",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  email: "message/rfc822",
  rtf: "application/rtf",
  epub: "application/epub+zip",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  odp: "application/vnd.oasis.opendocument.presentation",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
} as const;

export type SupportedMimeType = (typeof MIME)[keyof typeof MIME];
