const MAX_TITLE = 80;

/** A conversation's first title: its opening question on one line, cut at a word boundary near 80 characters. */
export function titleFromQuestion(question: string): string {
  const line = question.replace(/\s+/g, " ").trim();
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE);
  const boundary = cut.lastIndexOf(" ");
  // A single 80-character word has no boundary worth keeping; cut it mid-word.
  const head = boundary >= MAX_TITLE / 2 ? cut.slice(0, boundary) : cut;
  return `${head.replace(/[\s,;:.-]+$/, "")}…`;
}
