import { describe, expect, it } from "vitest";
import { extractDocument } from "@/ingest/extract/extract-document";
import { detectType, MIME } from "@/lib/documents/detect-type";
import { makeDocx, makeOdp, makeOds, makeOdt, makePptx, makeXlsx } from "../support/make-office-files";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("extractDocument dispatches every detected type to its reader", () => {
  it.each([
    ["report.docx", () => makeDocx([{ heading: "Scope", level: 1 }]), MIME.docx, "Scope"],
    ["deck.pptx", () => makePptx([{ title: "Intro" }]), MIME.pptx, "Intro"],
    ["book.xlsx", () => makeXlsx([{ name: "Budget", rows: [["Rent"]] }]), MIME.xlsx, "Budget"],
    ["letter.odt", () => makeOdt([{ heading: "Dear all", level: 1 }]), MIME.odt, "Dear all"],
    ["deck.odp", () => makeOdp([{ title: "Agenda", lines: [] }]), MIME.odp, "Agenda"],
    ["sheet.ods", () => makeOds([{ name: "Stock", rows: [["Gloves"]] }]), MIME.ods, "Stock"],
    ["page.html", () => utf8("<h1>Welcome</h1><p>Text</p>"), MIME.html, "Welcome"],
    [
      "mail.eml",
      () => utf8("From: a@example.org\nSubject: Rota\nMIME-Version: 1.0\n\nHi"),
      MIME.email,
      "Rota",
    ],
    ["letter.rtf", () => utf8("{\\rtf1\\ansi Dear all\\par}"), MIME.rtf, "Dear all"],
    ["data.csv", () => utf8("Team,Cups\nBlues,1\n"), MIME.csv, "Columns: Team | Cups"],
    ["data.tsv", () => utf8("Team\tCups\nBlues\t1\n"), MIME.tsv, "Columns: Team | Cups"],
  ])("%s", async (filename, make, mime, firstText) => {
    const bytes = await make();
    expect(detectType(bytes, filename)).toBe(mime);
    const doc = await extractDocument(bytes, mime);
    expect(doc.pages[0]?.blocks[0]?.text).toBe(firstText);
  });

  it("rejects a type no reader handles as unsupported", async () => {
    await expect(extractDocument(utf8("x"), "application/msword")).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      details: { reason: "unsupported" },
    });
  });
});
