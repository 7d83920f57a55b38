/**
 * Accumulates the running text of one paragraph: source whitespace collapses to single spaces
 * as a browser renders it, while explicit line breaks survive as "\n".
 */
export class InlineText {
  private lines: string[] = [""];

  addText(text: string): void {
    const last = this.lines.length - 1;
    this.lines[last] = `${this.lines[last] ?? ""}${text.replace(/\s+/g, " ")}`;
  }

  addLineBreak(): void {
    this.lines.push("");
  }

  /** The paragraph so far (lines trimmed, empty ones dropped), leaving the buffer empty. */
  take(): string {
    const text = this.lines
      .map((line) => line.replace(/ {2,}/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    this.lines = [""];
    return text;
  }
}
