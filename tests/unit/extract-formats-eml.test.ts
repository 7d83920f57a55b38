import { describe, expect, it } from "vitest";
import { extractEml } from "@/ingest/extract/formats/extract-eml";
import type { ExtractedDocument } from "@/lib/domain/types";

const crlf = (lines: string[]) => new TextEncoder().encode(lines.join("\r\n"));
const texts = (doc: ExtractedDocument) =>
  doc.pages.flatMap((page) =>
    page.blocks.map((block) => (block.kind === "heading" ? `h${block.level}: ` : "") + block.text),
  );
const base64 = (text: string) => Buffer.from(text).toString("base64");

const HEADERS = [
  "From: Ann Lee <ann@example.org>",
  "To: Team <team@example.org>",
  "Cc: Bob <bob@example.org>",
  "Date: Tue, 5 Mar 2024 09:30:00 +0000",
  "Subject: =?UTF-8?B?TWludXRlcyDigJMgTWFyY2g=?=",
  "MIME-Version: 1.0",
];

describe("extractEml", () => {
  it("puts the subject first as heading and title, then the envelope, then the body", async () => {
    const doc = await extractEml(
      crlf([
        ...HEADERS,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Hello all,",
        "",
        "Budget approved.",
        "",
      ]),
    );
    expect(doc.title).toBe("Minutes – March");
    expect(texts(doc)).toEqual([
      "h1: Minutes – March",
      'From: "Ann Lee" <ann@example.org>\nTo: "Team" <team@example.org>\nCc: "Bob" <bob@example.org>\nDate: 2024-03-05T09:30:00.000Z\nSubject: Minutes – March',
      "Hello all,",
      "Budget approved.",
    ]);
    expect(doc.pages).toHaveLength(1);
  });

  it("reads text attachments as sections and lists the others by name", async () => {
    const doc = await extractEml(
      crlf([
        ...HEADERS,
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "See attached.",
        "--b1",
        'Content-Type: text/csv; name="stock.csv"',
        'Content-Disposition: attachment; filename="stock.csv"',
        "Content-Transfer-Encoding: base64",
        "",
        base64("Item,Count\nGloves,40\n"),
        "--b1",
        'Content-Type: text/markdown; name="notes.md"',
        'Content-Disposition: attachment; filename="notes.md"',
        "",
        "# Notes",
        "",
        "Bring badges.",
        "--b1",
        'Content-Type: application/pdf; name="report.pdf"',
        'Content-Disposition: attachment; filename="report.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        base64("%PDF-1.4 not really"),
        "--b1--",
        "",
      ]),
    );
    expect(texts(doc).slice(2)).toEqual([
      "See attached.",
      "h2: Attachment: stock.csv",
      "Columns: Item | Count",
      "Item: Gloves; Count: 40",
      "h2: Attachment: notes.md",
      "h3: Notes",
      "Bring badges.",
      "Attachments not indexed: report.pdf",
    ]);
  });

  it("reads an HTML-only body like a web page", async () => {
    const doc = await extractEml(
      crlf([
        ...HEADERS,
        "Content-Type: text/html; charset=utf-8",
        "",
        "<h2>Agenda</h2><ul><li>Budget</li><li>Rota</li></ul>",
      ]),
    );
    expect(texts(doc).slice(2)).toEqual(expect.arrayContaining(["Budget", "Rota"]));
  });

  it("reads a message saved as UTF-16 and shows an unparseable date as written", async () => {
    const text = ["From: a@example.org", "Date: sometime soon", "Subject: Hi", "", "Body text"].join("\r\n");
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(text).flatMap((char) => [char.charCodeAt(0), 0]),
    ]);
    const doc = await extractEml(bytes);
    expect(texts(doc)).toEqual([
      "h1: Hi",
      "From: a@example.org\nDate: sometime soon\nSubject: Hi",
      "Body text",
    ]);
  });

  it("refuses an encrypted message as encrypted", async () => {
    const encrypted = crlf([
      "From: a@example.org",
      'Content-Type: multipart/encrypted; boundary=foo; protocol="application/pgp-encrypted"',
      "",
      "--foo",
      "Content-Type: application/octet-stream",
      "",
      "-----BEGIN PGP MESSAGE-----",
      "--foo--",
    ]);
    await expect(extractEml(encrypted)).rejects.toMatchObject({ details: { reason: "encrypted" } });
  });

  it("fails as empty without subject, body or attachments", async () => {
    await expect(
      extractEml(crlf(["From: a@example.org", "To: b@example.org", "", ""])),
    ).rejects.toMatchObject({
      details: { reason: "empty" },
    });
  });
});
