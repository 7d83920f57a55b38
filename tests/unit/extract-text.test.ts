import { describe, expect, it } from "vitest";
import { decodeText } from "@/ingest/extract/decode-text";
import { extractMarkdown } from "@/ingest/extract/extract-markdown";
import { extractText } from "@/ingest/extract/extract-text";
import { stripInlineMarkdown } from "@/ingest/extract/strip-inline-markdown";
import type { TextBlock } from "@/lib/domain/types";
import { isAppError } from "@/lib/errors/app-error";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const [first, second] = littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + index * 2] = first;
    bytes[3 + index * 2] = second;
  }
  return bytes;
}

function emptyReason(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return isAppError(error) ? { code: error.code, reason: error.details?.reason } : error;
  }
  return "did not throw";
}

describe("decodeText", () => {
  it.each([
    ["UTF-8 without BOM", utf8("Café naïve – “quoted”"), "Café naïve – “quoted”"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Zürich")]), "Zürich"],
    ["UTF-16LE with BOM", utf16("Größe ≥ 5 µg", true), "Größe ≥ 5 µg"],
    ["UTF-16BE with BOM", utf16("Größe ≥ 5 µg", false), "Größe ≥ 5 µg"],
    [
      "Latin-1 that is not valid UTF-8",
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35]),
      "Café £5",
    ],
    ["Windows-1252 smart quotes", new Uint8Array([0x93, 0x4f, 0x4b, 0x94]), "“OK”"],
  ])("decodes %s", (_label, bytes, expected) => {
    expect(decodeText(bytes)).toBe(expected);
  });
});

describe("extractText", () => {
  it("splits paragraphs on blank lines and keeps everything on page 1", () => {
    const doc = extractText(
      utf8("First paragraph\nstill first.\r\n\r\n  \nSecond paragraph.\n\n\n- item one\n- item two\n"),
    );
    expect(doc.pages).toEqual([
      {
        page: 1,
        blocks: [
          { kind: "paragraph", text: "First paragraph\nstill first." },
          { kind: "paragraph", text: "Second paragraph." },
          { kind: "paragraph", text: "- item one\n- item two" },
        ],
      },
    ]);
    expect(doc.title).toBeUndefined();
  });

  it("reads UTF-16 files with a BOM", () => {
    expect(extractText(utf16("Dosis: 5 µg\n\nZweiter Absatz", true)).pages[0]?.blocks).toHaveLength(2);
  });

  it("drops control characters", () => {
    expect(extractText(utf8("bell\u0007 and\u0000 nul")).pages[0]?.blocks[0]?.text).toBe("bell and nul");
  });

  it.each([
    ["an empty file", new Uint8Array()],
    ["whitespace only", utf8(" \n\t\n  ")],
    ["a BOM only", new Uint8Array([0xef, 0xbb, 0xbf])],
  ])("reports empty for %s", (_label, bytes) => {
    expect(emptyReason(() => extractText(bytes))).toEqual({ code: "UNPROCESSABLE", reason: "empty" });
  });
});

describe("extractMarkdown", () => {
  const markdown = [
    "---",
    "layout: post",
    "---",
    "# Dosing *Guide*",
    "",
    "Intro with a [link](https://example.org/a_(b)) and **bold** text and `code`.",
    "",
    "Setext Section",
    "==============",
    "",
    "## Sub **section** ##",
    "",
    "- first item",
    "- second item",
    "",
    "```bash",
    "# not a heading",
    "echo hi",
    "```",
    "",
    "Second Level",
    "------------",
    "Text under it with snake_case_name kept.",
    "",
    "***",
    "<!-- hidden comment -->",
    "[ref]: https://example.org",
    "![diagram](img.png) caption",
  ].join("\n");
  const doc = extractMarkdown(utf8(markdown));
  const blocks: TextBlock[] = doc.pages[0]?.blocks ?? [];

  it("turns ATX and setext headings into heading blocks with levels", () => {
    expect(blocks.filter((block) => block.kind === "heading")).toEqual([
      { kind: "heading", level: 1, text: "Dosing Guide" },
      { kind: "heading", level: 1, text: "Setext Section" },
      { kind: "heading", level: 2, text: "Sub section" },
      { kind: "heading", level: 2, text: "Second Level" },
    ]);
  });

  it("uses the first level-1 heading as the title", () => {
    expect(doc.title).toBe("Dosing Guide");
  });

  it("keeps paragraphs, lists and code as paragraph text with inline markup removed", () => {
    expect(blocks.filter((block) => block.kind === "paragraph").map((block) => block.text)).toEqual([
      "Intro with a link and bold text and code.",
      "- first item\n- second item",
      "# not a heading\necho hi",
      "Text under it with snake_case_name kept.",
      "diagram caption",
    ]);
  });

  it("reports empty for a file with nothing but markup-free whitespace", () => {
    expect(emptyReason(() => extractMarkdown(utf8("\n\n<!-- only a comment -->\n")))).toEqual({
      code: "UNPROCESSABLE",
      reason: "empty",
    });
  });
});

describe("stripInlineMarkdown", () => {
  it.each([
    ["*emphasis* and _also_", "emphasis and also"],
    ["**strong** and __strong__", "strong and strong"],
    ["~~gone~~ text", "gone text"],
    ["see [the docs][ref] now", "see the docs now"],
    ["<https://example.org>", "https://example.org"],
    ["2 * 3 * 4 stays", "2 * 3 * 4 stays"],
    ["file_name_here stays", "file_name_here stays"],
  ])("%s", (input, expected) => {
    expect(stripInlineMarkdown(input)).toBe(expected);
  });
});
