const SHARED_STRINGS_PART = "xl/sharedStrings.xml";
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/** A shared-string cell: `<c r="A1" t="s"><v>12</v></c>`, with or without a namespace prefix. */
const SHARED_STRING_CELL = /(<(?:\w+:)?c\b[^>]*\bt="s"[^>]*>\s*<((?:\w+:)?)v>)(\d+)(<\/\2v>)/g;

/**
 * Keeps only the shared strings that the (already trimmed) sheets still use, renumbering the
 * cells that point at them. A workbook's string table holds the text of every row, so without
 * this a sheet cut to 20,000 rows would still make exceljs read millions of strings.
 */
export function pruneSharedStrings(files: Map<string, Uint8Array>): void {
  const table = files.get(SHARED_STRINGS_PART);
  if (!table) return;
  const sheets = [...files.entries()]
    .filter(([name]) => WORKSHEET_PART.test(name))
    .map(([name, bytes]) => [name, new TextDecoder().decode(bytes)] as const);

  const used = new Set<number>();
  for (const [, xml] of sheets) {
    for (const match of xml.matchAll(SHARED_STRING_CELL)) used.add(Number(match[3]));
  }
  const { xml, renumber } = keepItems(new TextDecoder().decode(table), used);
  if (!renumber) return;

  files.set(SHARED_STRINGS_PART, new TextEncoder().encode(xml));
  for (const [name, sheet] of sheets) {
    const rewritten = sheet.replace(
      SHARED_STRING_CELL,
      (_match, open: string, _prefix: string, index: string, close: string) =>
        `${open}${renumber.get(Number(index)) ?? 0}${close}`,
    );
    files.set(name, new TextEncoder().encode(rewritten));
  }
}

/** The string table with only `used` items, and old index -> new index; null when all are used. */
function keepItems(table: string, used: Set<number>): { xml: string; renumber: Map<number, number> | null } {
  const first = /<(\w+:)?si\b/.exec(table);
  if (!first) return { xml: table, renumber: null };
  const prefix = first[1] ?? "";
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const head = table.slice(0, first.index);
  const parts: string[] = [];
  const renumber = new Map<number, number>();
  let index = 0;
  let at = first.index;
  let end = at;
  while (at !== -1) {
    const selfClosing = table.startsWith("/>", table.indexOf(">", at) - 1);
    const closeAt = selfClosing ? table.indexOf(">", at) : table.indexOf(close, at);
    // A table this code cannot follow is left whole for exceljs to judge.
    if (closeAt === -1) return { xml: table, renumber: null };
    end = selfClosing ? closeAt + 1 : closeAt + close.length;
    if (used.has(index)) {
      renumber.set(index, renumber.size);
      parts.push(table.slice(at, end));
    }
    index++;
    at = table.indexOf(open, end);
  }
  if (renumber.size === index) return { xml: table, renumber: null };
  const counts = head.replace(/\b(count|uniqueCount)="\d+"/g, `$1="${renumber.size}"`);
  const tail = table.slice(end).replace(/^[\s\S]*?(<\/(\w+:)?sst>)/, "$1");
  return { xml: counts + parts.join("") + tail, renumber };
}
