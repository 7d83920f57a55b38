import { describe, expect, it } from "vitest";
import { formatAnswerCopy } from "@/app/components/answer-actions/format-answer-copy";
import { sourceFixture } from "../support/conversation-view-fixture";

const handbook = sourceFixture(1, { title: "Clinic handbook", pageStart: 4, pageEnd: 4 });
const slides = sourceFixture(2, { title: "Ward  slides\n2026", pageLabel: "Slide 3" });
const span = sourceFixture(3, { title: "Protocol", pageStart: 7, pageEnd: 9 });

describe("formatAnswerCopy", () => {
  it.each([
    {
      name: "answer then the cited sources, in number order",
      answer: "Autoclave at 134 degrees [3][1].",
      sources: [handbook, slides, span],
      cited: [3, 1],
      expected:
        "Autoclave at 134 degrees [3][1].\n\nSources:\n[1] Clinic handbook, page 4\n[3] Protocol, pages 7-9",
    },
    {
      name: "a slide is named by its label; whitespace in titles collapses",
      answer: "See the slide [2].",
      sources: [handbook, slides],
      cited: new Set([2]),
      expected: "See the slide [2].\n\nSources:\n[2] Ward slides 2026, Slide 3",
    },
    {
      name: "no cited sources: the answer alone, without a Sources heading",
      answer: "  None of the documents say.  ",
      sources: [handbook],
      cited: [],
      expected: "None of the documents say.",
    },
    {
      name: "Windows line breaks become plain ones",
      answer: "Line one [1].\r\nLine two.",
      sources: [handbook],
      cited: [1],
      expected: "Line one [1].\nLine two.\n\nSources:\n[1] Clinic handbook, page 4",
    },
    {
      name: "a source no longer available is listed by its placeholder title",
      answer: "Earlier fact [1].",
      sources: [sourceFixture(1, { title: "Source no longer available", unavailable: true })],
      cited: [1],
      expected: "Earlier fact [1].\n\nSources:\n[1] Source no longer available",
    },
  ])("$name", ({ answer, sources, cited, expected }) => {
    expect(formatAnswerCopy({ answer, sources, cited })).toBe(expected);
  });
});
