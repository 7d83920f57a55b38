import type { OfficeContentNode } from "officeparser";
import type { TextBlock } from "@/lib/domain/types";
import { joinCells } from "../shared/join-cells";
import { nodeText } from "./node-text";

/** Nodes that carry no document text (or none worth indexing). */
const IGNORED = new Set(["image", "chart", "comment", "break", "header", "footer", "slideMaster"]);
/** Nodes whose whole text is one paragraph. */
const PARAGRAPHS = new Set([
  "paragraph",
  "list",
  "code",
  "text",
  "note",
  "definitionTerm",
  "definitionDescription",
]);

/**
 * An officeparser node as blocks: headings keep their level, paragraphs and list items become
 * paragraphs, a table one "cell | cell" paragraph per row, footnotes and speaker notes follow
 * the node they belong to, and containers (drawings, groups, admonitions) are read through.
 */
export function nodeBlocks(node: OfficeContentNode): TextBlock[] {
  if (IGNORED.has(node.type)) return [];
  const blocks = ownBlocks(node);
  for (const note of node.notes ?? []) {
    const text = nodeText(note).trim();
    if (text) blocks.push({ kind: "paragraph", text: `Note: ${text}` });
  }
  return blocks;
}

function ownBlocks(node: OfficeContentNode): TextBlock[] {
  if (node.type === "heading") {
    const text = nodeText(node)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    return text ? [{ kind: "heading", level: clampLevel(node.metadata?.level), text }] : [];
  }
  if (PARAGRAPHS.has(node.type)) {
    const text = nodeText(node).trim();
    return text ? [{ kind: "paragraph", text }] : [];
  }
  if (node.type === "table") return tableBlocks(node);
  const children = node.children ?? [];
  if (children.length > 0) return children.flatMap(nodeBlocks);
  const text = (node.text ?? "").trim();
  return text ? [{ kind: "paragraph", text }] : [];
}

function tableBlocks(table: OfficeContentNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const row of table.children ?? []) {
    const cells = row.type === "row" ? (row.children ?? []) : [row];
    const text = joinCells(cells.map((cell) => nodeText(cell)));
    if (text) blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}

function clampLevel(level: number | undefined): number {
  return Math.min(6, Math.max(1, Math.round(level ?? 1)));
}
