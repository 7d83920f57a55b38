import type { ConversationView, TurnView } from "@/lib/conversations/conversation-view";
import { formatExportDate } from "./format-export-date";
import { markClaims, SUPPORT_MARKS } from "./mark-claims";
import { sourceReference } from "./source-reference";
import { modelsUsed, searchedFor, turnNotice } from "./turn-notices";

export type BlockStyle = "title" | "meta" | "question" | "notice" | "answer" | "label" | "source" | "rule";

/** One paragraph of a laid-out export; line breaks inside `text` are kept. */
export interface ExportBlock {
  style: BlockStyle;
  text: string;
}

function answerText(turn: TurnView): string {
  if (turn.answer.trim() === "") return "(No answer text.)";
  return markClaims(turn.answer.replace(/\r\n?/g, "\n"), turn.claims)
    .map((segment) => (segment.support ? `${segment.text} ${SUPPORT_MARKS[segment.support]}` : segment.text))
    .join("")
    .trim();
}

function turnBlocks(turn: TurnView, index: number): ExportBlock[] {
  const blocks: ExportBlock[] = [
    { style: "rule", text: "" },
    { style: "question", text: `${index + 1}. ${turn.question.trim() || "(empty question)"}` },
    { style: "meta", text: `Asked ${formatExportDate(turn.createdAt)}` },
  ];
  const query = searchedFor(turn);
  if (query) blocks.push({ style: "meta", text: `Searched for: ${query}` });
  const notice = turnNotice(turn);
  if (notice) blocks.push({ style: "notice", text: notice });
  blocks.push({ style: "answer", text: answerText(turn) });
  if (turn.sources.length > 0) {
    const cited = new Set(turn.cited);
    blocks.push({ style: "label", text: "Sources" });
    for (const source of turn.sources) {
      const flags = [cited.has(source.n) ? "cited" : null, source.ocr ? "read by OCR" : null].filter(Boolean);
      const suffix = flags.length > 0 ? ` (${flags.join(", ")})` : "";
      blocks.push({ style: "source", text: `${sourceReference(source)}${suffix}` });
    }
  }
  return blocks;
}

/** The content of an export in reading order, for layouts that are not Markdown (the PDF). */
export function conversationBlocks(conversation: ConversationView, exportedAt: Date): ExportBlock[] {
  const blocks: ExportBlock[] = [
    { style: "title", text: conversation.title.trim() || "Conversation" },
    {
      style: "meta",
      text: `Started ${formatExportDate(conversation.createdAt)} · exported from Quire ${formatExportDate(exportedAt.toISOString())}`,
    },
  ];
  if (conversation.turns.length === 0)
    blocks.push({ style: "answer", text: "This conversation has no questions yet." });
  for (const [index, turn] of conversation.turns.entries()) blocks.push(...turnBlocks(turn, index));
  const models = modelsUsed(conversation.turns);
  if (models.length > 0) {
    blocks.push({ style: "rule", text: "" }, { style: "meta", text: `Answered by ${models.join(", ")}.` });
  }
  return blocks;
}
