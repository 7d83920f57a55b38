/**
 * Breaks a paragraph into lines no wider than `maxWidth`, at spaces where it can and inside a
 * word only when the word alone is too wide (a URL, a long identifier). Line breaks in the
 * text are kept; runs of spaces collapse.
 */
export function wrapLines(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(/[ \t]+/).filter((word) => word !== "");
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let line = "";
    for (const word of words) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (widthOf(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = "";
      for (const piece of splitWord(word, maxWidth, widthOf)) {
        if (line !== "") lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word cut into pieces that each fit; the last piece may be short and is continued by the next word. */
function splitWord(word: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  if (widthOf(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = "";
  for (const character of word) {
    if (piece !== "" && widthOf(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += character;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}
