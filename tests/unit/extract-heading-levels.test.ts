import { describe, expect, it } from "vitest";
import { alignNumberedHeadings } from "@/ingest/extract/pdf/align-numbered-headings";
import { inlineHeadingDepth } from "@/ingest/extract/pdf/detect-inline-heading";
import { joinLines } from "@/ingest/extract/pdf/join-lines";
import { levelCoverTitle } from "@/ingest/extract/pdf/level-cover-title";
import type { ExtractedPage, TextBlock } from "@/lib/domain/types";

const heading = (level: number, text: string): TextBlock => ({ kind: "heading", level, text });
const levels = (pages: ExtractedPage[]) =>
  pages.flatMap((page) => page.blocks.map((block) => block.level ?? 0));

describe("alignNumberedHeadings", () => {
  it("orders numbered headings by their numbering, whatever their font size said", () => {
    const pages = [
      {
        page: 1,
        blocks: [heading(2, "Table of Contents"), heading(3, "5. SUBJECTS"), heading(6, "5.1 CRITERIA")],
      },
      { page: 2, blocks: [heading(4, "5.1.1 Consent"), { kind: "paragraph" as const, text: "Text." }] },
    ];
    expect(levels(alignNumberedHeadings(pages))).toEqual([2, 3, 4, 5, 0]);
  });
});

describe("levelCoverTitle", () => {
  it("lets the first real top-level heading replace a lone cover title", () => {
    const pages = [
      { page: 1, blocks: [heading(1, "Clinical Study Protocol")] },
      { page: 3, blocks: [heading(2, "1 Introduction"), heading(3, "1.1 Purpose")] },
    ];
    expect(levels(levelCoverTitle(pages))).toEqual([2, 2, 3]);
  });

  it("keeps a top heading that has siblings or sits deep in the document", () => {
    const siblings = [{ page: 1, blocks: [heading(1, "Part A"), heading(2, "A.1"), heading(1, "Part B")] }];
    expect(levels(levelCoverTitle(siblings))).toEqual([1, 2, 1]);
    const late = [
      { page: 1, blocks: [heading(2, "Intro")] },
      { page: 9, blocks: [heading(1, "Appendix")] },
    ];
    expect(levels(levelCoverTitle(late))).toEqual([2, 1]);
  });
});

describe("inlineHeadingDepth", () => {
  it.each([
    ["5.1 Inclusion criteria", 2],
    ["5.1.2.1 Screen Failures", 4],
    ["1. INTRODUCTION", 1],
    ["1 Introduction and Purpose", 1],
    ["STATISTICAL CONSIDERATIONS", 1],
    ["A. Background and Rationale", 1],
    ["1. Jewelry Removed", null],
    ["1. Adults aged 18 or older", null],
    ["3.2 Subject Inclusion Criteria ......................10", null],
    ["2 OBJECTIVES 10", null],
    ["5.1 Patients must give consent.", null],
    ["2.5 mg of the drug was given", null],
    ["CONFIDENTIAL", 1],
  ])("%s -> %s", (text, expected) => {
    expect(inlineHeadingDepth(text)).toBe(expected);
  });
});

describe("joinLines", () => {
  const vocabulary = new Set(["treatment", "follow-up", "system", "recorded"]);
  it.each([
    ["The treat-", "ment works", "The treatment works"],
    ["a follow-", "up visit", "a follow-up visit"],
    ["system-", "recorded time", "system-recorded time"],
    ["inter-", "vention", "intervention"],
    ["self-", "reported", "self-reported"],
    ["COVID-", "19 cases", "COVID-19 cases"],
    ["non-", "Hodgkin lymphoma", "non-Hodgkin lymphoma"],
    ["soft\u00ad", "hyphen", "softhyphen"],
    ["plain", "line", "plain line"],
    ["中文", "句子", "中文句子"],
  ])("%s + %s", (text, next, expected) => {
    expect(joinLines(text, next, vocabulary)).toBe(expected);
  });
});
