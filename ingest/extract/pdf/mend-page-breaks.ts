import type { ExtractedPage, TextBlock } from "@/lib/domain/types";
import { joinLines, type Vocabulary } from "./join-lines";

/**
 * Rejoins words hyphenated across a page break ("study-" at the foot of page 29, "specific" at
 * the top of page 30). The completed word stays on the page where it starts, so citations still
 * point at the page a reader sees it begin on; the rest of the paragraph stays where it is.
 */
export function mendPageBreaks(pages: readonly ExtractedPage[], vocabulary: Vocabulary): ExtractedPage[] {
  const result = pages.map((page) => ({ ...page, blocks: [...page.blocks] }));
  for (let index = 0; index + 1 < result.length; index++) {
    const current = result[index];
    const next = result[index + 1];
    const last = current?.blocks.at(-1);
    const first = next?.blocks[0];
    if (!current || !next || !isParagraph(last) || !isParagraph(first)) continue;
    if (!/\p{L}[-\u2010\u00ad]$/u.test(last.text)) continue;
    const [word = "", ...rest] = first.text.split(" ");
    if (!/^\p{L}/u.test(word)) continue;
    current.blocks[current.blocks.length - 1] = { ...last, text: joinLines(last.text, word, vocabulary) };
    const remainder = rest.join(" ");
    next.blocks = remainder ? [{ ...first, text: remainder }, ...next.blocks.slice(1)] : next.blocks.slice(1);
  }
  return result;
}

function isParagraph(block: TextBlock | undefined): block is TextBlock {
  return block?.kind === "paragraph";
}
