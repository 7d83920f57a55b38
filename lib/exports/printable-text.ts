/**
 * Text a font can draw: characters without a glyph become "?", so a question in a script the
 * embedded font lacks still exports instead of failing. Tabs become spaces; other control
 * characters are dropped; line breaks are kept.
 */
export function printableText(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = "";
  for (const character of text.replace(/\r\n?/g, "\n")) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (character === "\n") out += "\n";
    else if (character === "\t") out += " ";
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue;
    else if (/\s/u.test(character)) out += " ";
    else out += hasGlyph(codePoint) ? character : "?";
  }
  return out;
}
