import type { ConversationView, TurnView } from "@/lib/conversations/conversation-view";
import { formatExportDate } from "./format-export-date";
import { markClaims, SUPPORT_MARKS } from "./mark-claims";
import { sourceTitleAndLocation } from "./source-reference";
import { modelsUsed, searchedFor, turnNotice } from "./turn-notices";

/** One line of user-written text, safe inside Markdown emphasis and headings. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/** The answer keeps its own line breaks and `[n]` markers; flagged sentences get a bold mark after them. */
function answerMarkdown(turn: TurnView): string {
  if (turn.answer.trim() === "") return "*No answer text.*";
  return markClaims(turn.answer.replace(/\r\n?/g, "\n"), turn.claims)
    .map((segment) =>
      segment.support ? `${segment.text} **${SUPPORT_MARKS[segment.support]}**` : segment.text,
    )
    .join("")
    .trim();
}

function sourcesMarkdown(turn: TurnView): string[] {
  if (turn.sources.length === 0) return [];
  const cited = new Set(turn.cited);
  const lines = turn.sources.map((source) => {
    const flags = [cited.has(source.n) ? "cited" : null, source.ocr ? "read by OCR" : null].filter(Boolean);
    // "[1]" stays unescaped, as in the answer: with no link definition it renders as written.
    const reference = `[${source.n}] ${inline(sourceTitleAndLocation(source))}`;
    return `- ${reference}${flags.length > 0 ? ` (${flags.join(", ")})` : ""}`;
  });
  return ["**Sources**", "", ...lines];
}

function turnMarkdown(turn: TurnView, index: number): string[] {
  const lines = [`## ${index + 1}. ${inline(turn.question) || "(empty question)"}`, ""];
  lines.push(`*Asked ${formatExportDate(turn.createdAt)}*`, "");
  const query = searchedFor(turn);
  if (query) lines.push(`*Searched for:* ${inline(query)}`, "");
  const notice = turnNotice(turn);
  if (notice) lines.push(`> **${notice}**`, "");
  lines.push(answerMarkdown(turn), "");
  const sources = sourcesMarkdown(turn);
  if (sources.length > 0) lines.push(...sources, "");
  return lines;
}

/** A conversation as a Markdown document: each question, its answer with `[n]` and the sources behind them. */
export function conversationMarkdown(conversation: ConversationView, exportedAt: Date = new Date()): string {
  const lines = [
    `# ${inline(conversation.title) || "Conversation"}`,
    "",
    `Started ${formatExportDate(conversation.createdAt)} · exported from Quire ${formatExportDate(exportedAt.toISOString())}`,
    "",
  ];
  if (conversation.turns.length === 0) lines.push("*This conversation has no questions yet.*", "");
  for (const [index, turn] of conversation.turns.entries())
    lines.push("---", "", ...turnMarkdown(turn, index));
  const models = modelsUsed(conversation.turns);
  if (models.length > 0) lines.push("---", "", `*Answered by ${models.map(inline).join(", ")}.*`, "");
  return lines.join("\n");
}
