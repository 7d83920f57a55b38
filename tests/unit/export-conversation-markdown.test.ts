import { describe, expect, it } from "vitest";
import { conversationMarkdown } from "@/lib/exports/conversation-markdown";
import { exportFilename } from "@/lib/exports/export-filename";
import { markClaims } from "@/lib/exports/mark-claims";
import { conversationFixture, sourceFixture, turnFixture } from "../support/conversation-view-fixture";

const EXPORTED_AT = new Date("2026-11-24T08:00:00.000Z");

describe("conversationMarkdown", () => {
  it("renders title, dates, question, answer with [n], sources with the cited flag and the model", () => {
    const turn = turnFixture({
      sources: [
        sourceFixture(1, { title: "Antibiotic protocol", pageStart: 4, pageEnd: 4 }),
        sourceFixture(2, { title: "Ward slides", pageLabel: "Slide 3", ocr: true }),
      ],
      cited: [1],
    });
    const markdown = conversationMarkdown(conversationFixture([turn]), EXPORTED_AT);
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("# Amoxicillin dosing");
    expect(markdown).toContain("Started 2026-11-23 10:15 UTC");
    expect(markdown).toContain("exported from Quire 2026-11-24 08:00 UTC");
    expect(lines).toContain("## 1. What is the adult dose of amoxicillin?");
    expect(lines).toContain("Adults take 500 mg every 8 hours [1].");
    expect(lines).toContain("- [1] Antibiotic protocol, page 4 (cited)");
    expect(lines).toContain("- [2] Ward slides, Slide 3 (read by OCR)");
    expect(markdown).toContain("*Answered by llama3.1:8b (sha256:0123456789abcdef).*");
  });

  it.each([
    {
      name: "a rewritten follow-up shows what was searched for",
      turn: turnFixture({ question: "and for children?", searchQuery: "amoxicillin dose for children" }),
      expected: "*Searched for:* amoxicillin dose for children",
    },
    {
      name: "an incomplete answer is marked",
      turn: turnFixture({ status: "incomplete", answer: "Adults take" }),
      expected: "> **Incomplete: the model host failed before this answer was finished.**",
    },
    {
      name: "a stopped answer is marked",
      turn: turnFixture({ status: "cancelled" }),
      expected: "> **Stopped: this answer was stopped before it was finished.**",
    },
    {
      name: "a declined answer is marked",
      turn: turnFixture({ abstained: true, answer: "", cited: [] }),
      expected: "> **Not found in your documents: no answer was generated from them.**",
    },
    {
      name: "an empty answer says so instead of leaving a gap",
      turn: turnFixture({ answer: "   ", status: "incomplete" }),
      expected: "*No answer text.*",
    },
    {
      name: "an unsupported sentence is flagged where it stands",
      turn: turnFixture({
        answer: "Adults take 500 mg [1]. Children take 2 g [1].",
        claims: [
          { text: "Adults take 500 mg [1].", citations: [1], support: "supported" },
          { text: "Children take 2 g [1].", citations: [1], support: "unsupported" },
        ],
      }),
      expected: "Adults take 500 mg [1]. Children take 2 g [1]. **[not supported by the sources]**",
    },
    {
      name: "a source the reader may no longer see is listed without a location",
      turn: turnFixture({
        sources: [
          sourceFixture(1, {
            title: "Source no longer available",
            documentId: "",
            pageStart: 0,
            pageEnd: 0,
            snippet: "",
            unavailable: true,
          }),
        ],
      }),
      expected: "- [1] Source no longer available (cited)\n",
    },
    {
      name: "markup in a question cannot open a link or a heading",
      turn: turnFixture({ question: "# [click](http://x) *now*" }),
      expected: "## 1. \\# \\[click\\](http://x) \\*now\\*",
    },
  ])("$name", ({ turn, expected }) => {
    expect(conversationMarkdown(conversationFixture([turn]), EXPORTED_AT)).toContain(expected);
  });

  it("leaves out the searched-for line when the query is the question itself", () => {
    const turn = turnFixture({ searchQuery: "What is the adult dose of amoxicillin?" });
    expect(conversationMarkdown(conversationFixture([turn]), EXPORTED_AT)).not.toContain("Searched for");
  });

  it("numbers turns in order and lists each model once", () => {
    const turns = [turnFixture({ question: "First?" }), turnFixture({ question: "Second?", answerId: "a2" })];
    const markdown = conversationMarkdown(conversationFixture(turns), EXPORTED_AT);
    expect(markdown.indexOf("## 1. First?")).toBeLessThan(markdown.indexOf("## 2. Second?"));
    expect(markdown.match(/llama3\.1:8b/g)).toHaveLength(1);
  });

  it("says when there are no turns", () => {
    expect(conversationMarkdown(conversationFixture([]), EXPORTED_AT)).toContain("no questions yet");
  });
});

describe("markClaims", () => {
  it.each([
    { name: "no claims", answer: "A. B.", claims: [], expected: [{ text: "A. B." }] },
    {
      name: "a weak claim in the middle",
      answer: "A one. B two. C three.",
      claims: [{ text: "B two.", citations: [], support: "weak" as const }],
      expected: [{ text: "A one. " }, { text: "B two.", support: "weak" }, { text: " C three." }],
    },
    {
      name: "a claim no longer in the text is skipped",
      answer: "A one.",
      claims: [{ text: "Gone.", citations: [], support: "unsupported" as const }],
      expected: [{ text: "A one." }],
    },
  ])("$name", ({ answer, claims, expected }) => {
    expect(markClaims(answer, claims)).toEqual(expected);
  });
});

describe("exportFilename", () => {
  it.each([
    { title: "Amoxicillin dosing", format: "md" as const, expected: "quire-amoxicillin-dosing.md" },
    { title: "Dosierung für Kinder?", format: "pdf" as const, expected: "quire-dosierung-fur-kinder.pdf" },
    { title: '../../etc/passwd"; x=', format: "md" as const, expected: "quire-etc-passwd-x.md" },
    { title: "抗生素剂量", format: "pdf" as const, expected: "quire-conversation.pdf" },
    { title: "a".repeat(200), format: "md" as const, expected: `quire-${"a".repeat(60)}.md` },
  ])("$title -> $expected", ({ title, format, expected }) => {
    expect(exportFilename(title, format)).toBe(expected);
  });
});
