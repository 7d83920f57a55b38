import type { Attachment } from "mailparser";
import type { ExtractedDocument, TextBlock } from "@/lib/domain/types";
import { isAppError } from "@/lib/errors/app-error";
import { extractMarkdown } from "../../extract-markdown";
import { extractText } from "../../extract-text";
import { extractCsv } from "../extract-csv";
import { extractHtml } from "../extract-html";

/** Attachments larger than this are listed by name rather than read. */
const MAX_TEXT_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const MAX_READ_ATTACHMENTS = 50;

type TextReader = (bytes: Uint8Array) => ExtractedDocument;

const READERS: [RegExp, RegExp, TextReader][] = [
  [/^text\/csv$/, /\.csv$/i, (bytes) => extractCsv(bytes)],
  [/^text\/tab-separated-values$/, /\.tsv$/i, (bytes) => extractCsv(bytes, { tabSeparated: true })],
  [/^text\/html$/, /\.html?$/i, extractHtml],
  [/^text\/(markdown|x-markdown)$/, /\.(md|markdown)$/i, extractMarkdown],
  [/^text\/plain$/, /\.txt$/i, extractText],
];

/**
 * Attachments as sections after the body: text-like ones (plain, Markdown, CSV, HTML) under an
 * "Attachment: name" heading with their own structure nested below it; everything else
 * (PDFs, images, office files) only listed by name, since reading them here would bypass the
 * per-file limits and errors of a separate upload. Inline images of an HTML body are skipped.
 */
export function attachmentBlocks(attachments: readonly Attachment[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const listed: string[] = [];
  let read = 0;
  for (const [index, attachment] of attachments.entries()) {
    if (attachment.related) continue;
    const name = attachment.filename?.trim() || `attachment ${index + 1} (${attachment.contentType})`;
    const reader = readerFor(attachment);
    const sections = reader && read < MAX_READ_ATTACHMENTS ? readSafely(reader, attachment.content) : null;
    if (!sections) {
      listed.push(name);
      continue;
    }
    read++;
    blocks.push({ kind: "heading", level: 2, text: `Attachment: ${name}` }, ...sections);
  }
  if (listed.length > 0) {
    blocks.push({ kind: "paragraph", text: `Attachments not indexed: ${listed.join(", ")}` });
  }
  return blocks;
}

function readerFor(attachment: Attachment): TextReader | null {
  if (attachment.size > MAX_TEXT_ATTACHMENT_BYTES) return null;
  const type = attachment.contentType.toLowerCase();
  const name = attachment.filename ?? "";
  const match =
    READERS.find(([mime]) => mime.test(type)) ?? READERS.find(([, extension]) => extension.test(name));
  return match?.[2] ?? null;
}

/** An empty or unreadable attachment is listed, not fatal: the message itself is still good. */
function readSafely(reader: TextReader, content: Uint8Array): TextBlock[] | null {
  try {
    return reader(content).pages.flatMap((page) => page.blocks.map(nestBelowAttachmentHeading));
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

function nestBelowAttachmentHeading(block: TextBlock): TextBlock {
  return block.kind === "heading" ? { ...block, level: Math.min(6, (block.level ?? 1) + 2) } : block;
}
