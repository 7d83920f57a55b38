import type { TextBlock } from "@/lib/domain/types";
import { normalizeText } from "../normalize-text";

/**
 * Gives blocks from any format the text shape the chunker expects (see normalizeText), trimmed,
 * with blank lines inside a block collapsed, and drops blocks left empty.
 */
export function normalizeBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const result: TextBlock[] = [];
  for (const block of blocks) {
    const text = normalizeText(block.text)
      .replace(/\n{2,}/g, "\n")
      .trim();
    if (text) result.push({ ...block, text });
  }
  return result;
}
