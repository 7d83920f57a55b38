import { describe, expect, it } from "vitest";
import { conversationPdf } from "@/lib/exports/conversation-pdf";
import { conversationFixture, sourceFixture, turnFixture } from "../support/conversation-view-fixture";
import { embeddedTrueTypeFonts, readPdfPages } from "../support/read-pdf-text";

const EXPORTED_AT = new Date("2026-11-24T08:00:00.000Z");

describe("conversationPdf", () => {
  it("holds the question, the answer with [n], the sources, the model and page numbers", async () => {
    const turn = turnFixture({
      sources: [
        sourceFixture(1, { title: "Antibiotic protocol", pageStart: 4, pageEnd: 4 }),
        sourceFixture(2, { title: "Ward handbook", pageLabel: "Slide 3" }),
      ],
    });
    const bytes = await conversationPdf(conversationFixture([turn]), EXPORTED_AT);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { pages, title } = await readPdfPages(bytes);
    const text = pages.join(" ");
    expect(title).toBe("Amoxicillin dosing");
    for (const expected of [
      "Amoxicillin dosing",
      "1. What is the adult dose of amoxicillin?",
      "Adults take 500 mg every 8 hours [1].",
      "[1] Antibiotic protocol, page 4 (cited)",
      "[2] Ward handbook, Slide 3",
      "Answered by llama3.1:8b (sha256:0123456789abcdef).",
      "Page 1 of 1",
    ])
      expect(text).toContain(expected);
    // Both weights travel inside the file (subset), so it renders the same on any machine.
    const fonts = await embeddedTrueTypeFonts(bytes);
    expect(fonts).toHaveLength(2);
    expect(fonts.filter((name) => name.startsWith("/LiberationSans-Bold"))).toHaveLength(1);
  });

  it.each([
    {
      name: "Latin accents, Greek and Cyrillic are drawn as written",
      turn: turnFixture({ question: "Dosis für Kinder — αβγ и дети?" }),
      expected: ["Dosis für Kinder — αβγ и дети?"],
    },
    {
      name: "characters the font lacks become ? instead of failing",
      turn: turnFixture({ question: "抗生素剂量 for children 🙂?", answer: "Use 剂量 [1]." }),
      expected: ["????? for children ??", "Use ?? [1]."],
    },
    {
      name: "a very long word is broken across lines, not cut off",
      turn: turnFixture({ answer: `See ${"x".repeat(400)} [1].` }),
      expected: ["x".repeat(60), "[1]."],
    },
    {
      name: "an empty answer still exports",
      turn: turnFixture({ answer: "", abstained: true, cited: [], sources: [] }),
      expected: ["(No answer text.)", "Not found in your documents"],
    },
    {
      name: "an incomplete turn is marked",
      turn: turnFixture({ answer: "Adults take", status: "incomplete" }),
      expected: ["Incomplete: the model host failed", "Adults take"],
    },
    {
      name: "control characters and tabs do not break the layout",
      turn: turnFixture({ question: "Tab\there\u0007 and\r\nnewline?" }),
      expected: ["Tab here and", "newline?"],
    },
  ])("$name", async ({ turn, expected }) => {
    const { pages } = await readPdfPages(await conversationPdf(conversationFixture([turn]), EXPORTED_AT));
    const text = pages.join(" ");
    for (const fragment of expected) expect(text).toContain(fragment);
  });

  it("paginates a long conversation and numbers every page", async () => {
    const turns = Array.from({ length: 12 }, (_, index) =>
      turnFixture({
        answerId: `a${index}`,
        question: `Question number ${index + 1}?`,
        answer: `Answer ${index + 1}. ${"This sentence fills the page with text. ".repeat(30)}[1]`,
      }),
    );
    const { pages } = await readPdfPages(await conversationPdf(conversationFixture(turns), EXPORTED_AT));
    expect(pages.length).toBeGreaterThan(2);
    for (const [index, page] of pages.entries())
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(pages.join(" ")).toContain("Question number 12?");
  });
});
