/**
 * Breaks a paragraph into lines no wider than `maxWidth`, at spaces where it can and inside a
 * word only when the word alone is too wide (a URL, a long identifier). Line breaks in the
 * text are kept; runs of spaces collapse. Each word is measured once and lines are summed
 * from word widths: measuring with a real font is the slow part of laying out a long export.
 */
export function wrapLines(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const measured = new Map<string, number>();
  const measure = (piece: string): number => {
    let width = measured.get(piece);
    if (width === undefined) {
      width = widthOf(piece);
      measured.set(piece, width);
    }
    return width;
  };
  const space = measure(" ");
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(/[ \t]+/).filter((word) => word !== "");
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let line = "";
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      const widthWithWord = line === "" ? wordWidth : lineWidth + space + wordWidth;
      if (widthWithWord <= maxWidth) {
        line = line === "" ? word : `${line} ${word}`;
        lineWidth = widthWithWord;
        continue;
      }
      if (line !== "") lines.push(line);
      line = "";
      lineWidth = 0;
      for (const piece of splitWord(word, maxWidth, measure)) {
        if (line !== "") lines.push(line);
        line = piece;
        lineWidth = measure(piece);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word cut into pieces that each fit; the last piece may be short and is continued by the next word. */
function splitWord(word: string, maxWidth: number, measure: (text: string) => number): string[] {
  if (measure(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = "";
  let pieceWidth = 0;
  for (const character of word) {
    const characterWidth = measure(character);
    if (piece !== "" && pieceWidth + characterWidth > maxWidth) {
      pieces.push(piece);
      piece = "";
      pieceWidth = 0;
    }
    piece += character;
    pieceWidth += characterWidth;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}
