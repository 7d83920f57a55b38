import type { OfficeContentNode } from "officeparser";

const INLINE = new Set(["text", "break"]);

/**
 * The visible text of an officeparser node. Computed from the children rather than trusting
 * `node.text`, which some parsers (EPUB) leave unset on containers: runs are concatenated,
 * line breaks kept, and nested blocks (paragraphs in a cell) separated by line breaks.
 */
export function nodeText(node: OfficeContentNode): string {
  if (node.type === "break") return "\n";
  const children = node.children ?? [];
  if (children.length === 0) return node.text ?? "";
  let text = "";
  for (const child of children) {
    if (child.type === "image" || child.type === "comment") continue;
    const part = nodeText(child);
    text += INLINE.has(child.type) || text === "" ? part : `\n${part}`;
  }
  return text;
}
