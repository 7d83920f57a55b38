/**
 * A table row as one line: cells joined by " | ", line breaks inside cells flattened, trailing
 * empty cells dropped ("" when every cell is empty).
 */
export function joinCells(cells: readonly string[]): string {
  const texts = cells.map((cell) => cell.replace(/\s*\n\s*/g, " ").trim());
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return texts.join(" | ");
}
