import type { ConversationView } from "@/lib/conversations/conversation-view";
import { conversationMarkdown } from "./conversation-markdown";
import { conversationPdf } from "./conversation-pdf";
import { type ExportFormat, exportFilename } from "./export-filename";

export interface ConversationExport {
  body: Uint8Array;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
};

/** A conversation as a downloadable file in the format asked for. */
export async function exportConversation(
  conversation: ConversationView,
  format: ExportFormat,
  exportedAt: Date = new Date(),
): Promise<ConversationExport> {
  const body =
    format === "pdf"
      ? await conversationPdf(conversation, exportedAt)
      : new TextEncoder().encode(conversationMarkdown(conversation, exportedAt));
  return { body, contentType: CONTENT_TYPES[format], filename: exportFilename(conversation.title, format) };
}
