/**
 * Puts decoded text into the shape every text extractor expects: `\n` line ends only, no
 * control characters (they break tokenizers and JSON logs), trailing spaces removed.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[^\P{Cc}\n\t]/gu, "")
    .replace(/[ \t]+$/gm, "")
    .normalize("NFC");
}

/** Splits text into blocks separated by blank (or whitespace-only) lines, dropping empty ones. */
export function splitOnBlankLines(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ""))
    .filter((block) => block.trim() !== "");
}
