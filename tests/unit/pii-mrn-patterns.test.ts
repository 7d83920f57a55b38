import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import {
  DEFAULT_SENSITIVE_POLICY,
  detectSensitive,
  findMrnPatternProblem,
  sensitivePolicySchema,
} from "@/lib/pii";
import { defaultMrnBudgetMs, detectMrns } from "@/lib/pii/detect-mrns";
import { describeDetections, onlyKinds, redact } from "../support/pii-fixtures";

const WARD = { name: "ward", pattern: String.raw`MRN[- ]?\d{6,8}` };
const CLINIC = { name: "clinic", pattern: String.raw`\b(?:KH|UK)-\d{4}-\d{5}(?:-\d{2})?\b` };

describe("findMrnPatternProblem", () => {
  it.each([
    String.raw`MRN[- ]?\d{6,8}`,
    String.raw`\b(?:KH|UK)-\d{4}-\d{5}(?:-\d{2})?\b`,
    String.raw`(?:\d{3}-){2}\d{4}`,
    String.raw`(?<=Fallnummer:?\s?)\d{9}`,
    String.raw`(?i:pat)-[A-Z]{2}\d+`,
    String.raw`[A-Z]{2}\p{Lu}\d{5}`,
  ])("accepts %s", (pattern) => {
    expect(findMrnPatternProblem(pattern)).toBeUndefined();
  });

  it.each([
    ["empty", "", /empty/],
    ["too long", `MRN${"\\d".repeat(100)}`, /longer than 200/],
    ["invalid syntax", "MRN(\\d{6}", /not a valid regular expression/],
    ["a star alone", "a*", /empty text/],
    ["only optional parts", "(?:MRN)?\\d{0,6}", /empty text/],
    ["only assertions", "\\b(?=MRN)", /empty text/],
    ["an empty alternative", "MRN\\d{6}|", /empty text/],
    ["nested quantifiers", "(a+)+$", /nested quantifiers/],
    ["nested quantifiers in a non-capturing group", "(?:\\d+-?)*x", /nested quantifiers/],
    ["variable repetition inside bounded repetition", "(?:\\d{1,3}){2,10}", /nested quantifiers/],
    ["repeated alternatives", "(a|ab)*c", /alternatives/],
    ["deeply nested repetition", "((?:ab?)c)+", /nested quantifiers/],
    ["a numbered backreference", "(\\d)\\1{5}", /backreference/],
    ["a named backreference", "(?<d>\\d)\\k<d>", /backreference/],
  ])("rejects a pattern that is %s", (_name, pattern, message) => {
    expect(findMrnPatternProblem(pattern)).toMatch(message);
  });
});

describe("MRN detection", () => {
  const policy = onlyKinds(["mrn"], [WARD, CLINIC]);

  it("finds matches of every pattern, named after it", () => {
    const text = "Admitted as MRN-0012345, transferred from KH-2023-00042-01 (old MRN 4455667).";
    expect(describeDetections(text, detectSensitive(text, policy))).toEqual([
      "mrn/ward: MRN-0012345",
      "mrn/clinic: KH-2023-00042-01",
      "mrn/ward: MRN 4455667",
    ]);
    expect(redact(text, policy)).toBe("Admitted as [MRN], transferred from [MRN] (old [MRN]).");
  });

  it("runs only when mrn is among the policy's kinds", () => {
    expect(detectSensitive("MRN-0012345", onlyKinds(["email"], [WARD]))).toEqual([]);
  });

  it("finds nothing without patterns, as in the default policy", () => {
    expect(detectSensitive("MRN-0012345", DEFAULT_SENSITIVE_POLICY)).toEqual([]);
  });

  it("reports UTF-16 offsets after emoji", () => {
    const text = "👩‍⚕️🏥 Zoë: MRN-0012345";
    const [detection] = detectSensitive(text, policy);
    expect(detection && text.slice(detection.start, detection.end)).toBe("MRN-0012345");
  });

  it("refuses a pattern that matches empty text even when it skipped validation", () => {
    expect(() => detectMrns("abc", [{ name: "star", pattern: "x*" }])).toThrow(/empty text/);
  });

  it("refuses invalid and hostile patterns at detection time too", () => {
    for (const pattern of ["(a+)+$", "MRN(", "(\\d)\\1"]) {
      let caught: unknown;
      try {
        detectSensitive("aaaa", onlyKinds(["mrn"], [{ name: "bad", pattern }]));
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) && caught.code).toBe("UNPROCESSABLE");
      expect(isAppError(caught) && caught.details).toEqual({ reason: "mrn_pattern_invalid", pattern: "bad" });
    }
  });

  it("stops a pattern that is slow on this text within twice its time budget, naming it", () => {
    // Passes the static checks (no nested quantifiers) yet is polynomial: about n^4 steps here.
    const slow = { name: "slow", pattern: String.raw`\d+\d+\d+\d+x` };
    expect(findMrnPatternProblem(slow.pattern)).toBeUndefined();
    const text = "1".repeat(5_000);
    const started = performance.now();
    let caught: unknown;
    try {
      detectSensitive(text, onlyKinds(["mrn"], [WARD, slow]), { mrnBudgetMs: 100 });
    } catch (error) {
      caught = error;
    }
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(isAppError(caught) && caught.details).toEqual({ reason: "mrn_pattern_too_slow", pattern: "slow" });
  });

  it("keeps working after a pattern was stopped", () => {
    expect(detectSensitive("MRN-0012345", policy)).toHaveLength(1);
  });

  it("gives long texts a proportionally longer budget", () => {
    expect(defaultMrnBudgetMs(0)).toBe(500);
    expect(defaultMrnBudgetMs(2_000_000)).toBe(1_500);
  });
});

describe("sensitivePolicySchema", () => {
  it("accepts the default policy and a full one", () => {
    expect(sensitivePolicySchema.parse(DEFAULT_SENSITIVE_POLICY)).toEqual(DEFAULT_SENSITIVE_POLICY);
    const policy = { action: "mask_for_model", kinds: ["email", "mrn"], mrnPatterns: [WARD, CLINIC] };
    expect(sensitivePolicySchema.parse(policy)).toEqual(policy);
  });

  it("defaults to allow with every kind on and no MRN patterns", () => {
    expect(DEFAULT_SENSITIVE_POLICY).toEqual({
      action: "allow",
      kinds: ["email", "phone", "national_id", "card", "iban", "date_of_birth", "mrn"],
      mrnPatterns: [],
    });
  });

  it.each([
    ["an unknown action", { action: "block" }, ["action"]],
    ["an unknown kind", { kinds: ["email", "passport"] }, ["kinds", 1]],
    ["a kind listed twice", { kinds: ["email", "email"] }, ["kinds"]],
    [
      "a pattern without a name",
      { mrnPatterns: [{ name: " ", pattern: "MRN\\d{6}" }] },
      ["mrnPatterns", 0, "name"],
    ],
    ["a hostile pattern", { mrnPatterns: [{ name: "x", pattern: "(a+)+" }] }, ["mrnPatterns", 0, "pattern"]],
    [
      "a pattern matching empty text",
      { mrnPatterns: [{ name: "x", pattern: "\\d*" }] },
      ["mrnPatterns", 0, "pattern"],
    ],
    ["two patterns with one name", { mrnPatterns: [WARD, { ...CLINIC, name: "ward" }] }, ["mrnPatterns"]],
    [
      "too many patterns",
      { mrnPatterns: Array.from({ length: 21 }, (_, i) => ({ name: `p${i}`, pattern: "MRN\\d{6}" })) },
      ["mrnPatterns"],
    ],
  ])("rejects %s, pointing at the field", (_name, change, path) => {
    const result = sensitivePolicySchema.safeParse({ ...DEFAULT_SENSITIVE_POLICY, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it("explains what is wrong with a pattern", () => {
    const result = sensitivePolicySchema.safeParse({
      ...DEFAULT_SENSITIVE_POLICY,
      mrnPatterns: [{ name: "x", pattern: "(a+)+" }],
    });
    expect(result.error?.issues[0]?.message).toMatch(/^pattern repeats a group .*nested quantifiers/);
  });
});
