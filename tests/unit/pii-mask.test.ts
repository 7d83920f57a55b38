import { describe, expect, it } from "vitest";
import { DEFAULT_SENSITIVE_POLICY, detectSensitive, maskSensitive, summarizeDetections } from "@/lib/pii";
import type { Detection } from "@/lib/pii/types";
import { redact } from "../support/pii-fixtures";

const LETTER = `Dear team,
the patient (DOB: 12/03/1990, NHS number 943 476 5919) can be reached at jane.roe@example.org
or +44 20 7946 0958. Invoice paid by card 4111 1111 1111 1111 from IBAN GB82 WEST 1234 5698 7654 32.
Follow-up on 2024-05-01, build 10.0.19045.3570.`;

describe("maskSensitive", () => {
  it("replaces each detection with its typed placeholder and counts them", () => {
    const result = maskSensitive(LETTER, detectSensitive(LETTER, DEFAULT_SENSITIVE_POLICY));
    expect(result.text).toBe(`Dear team,
the patient (DOB: [DOB], NHS number [NATIONAL-ID]) can be reached at [EMAIL]
or [PHONE]. Invoice paid by card [CARD] from IBAN [IBAN].
Follow-up on 2024-05-01, build 10.0.19045.3570.`);
    expect(result.counts).toEqual({ date_of_birth: 1, national_id: 1, email: 1, phone: 1, card: 1, iban: 1 });
  });

  it.each<[string, Detection[], string, Record<string, number>]>([
    [
      "overlapping spans become one, named after the stronger kind",
      [
        { kind: "phone", start: 0, end: 4 },
        { kind: "card", start: 2, end: 6 },
      ],
      "[CARD]gh",
      { card: 1 },
    ],
    [
      "a span inside another disappears into it",
      [
        { kind: "iban", start: 1, end: 7 },
        { kind: "phone", start: 3, end: 5 },
      ],
      "a[IBAN]h",
      { iban: 1 },
    ],
    [
      "chains of overlaps merge transitively",
      [
        { kind: "phone", start: 0, end: 3 },
        { kind: "email", start: 2, end: 5 },
        { kind: "date_of_birth", start: 4, end: 8 },
      ],
      "[EMAIL]",
      { email: 1 },
    ],
    [
      "touching spans stay apart",
      [
        { kind: "email", start: 0, end: 2 },
        { kind: "phone", start: 2, end: 4 },
      ],
      "[EMAIL][PHONE]efgh",
      { email: 1, phone: 1 },
    ],
    [
      "input order does not matter",
      [
        { kind: "mrn", start: 6, end: 8, scheme: "ward" },
        { kind: "national_id", start: 0, end: 2, scheme: "us_ssn" },
      ],
      "[NATIONAL-ID]cdef[MRN]",
      { national_id: 1, mrn: 1 },
    ],
    ["no detections change nothing", [], "abcdefgh", {}],
  ])("%s", (_name, detections, masked, counts) => {
    expect(maskSensitive("abcdefgh", detections)).toEqual({ text: masked, counts });
  });

  it.each([
    { start: -1, end: 2 },
    { start: 2, end: 2 },
    { start: 3, end: 2 },
    { start: 0, end: 9 },
    { start: 0.5, end: 2 },
  ])("rejects a detection at [$start, $end) that does not fit the text", ({ start, end }) => {
    expect(() => maskSensitive("abcdefgh", [{ kind: "email", start, end }])).toThrow(RangeError);
  });

  it("keeps the text around a match intact on Unicode text", () => {
    const text = "🍮 Zoë (née le 3 mars 1970) 👩‍⚕️ zoë@example.org ✓";
    expect(redact(text, DEFAULT_SENSITIVE_POLICY)).toBe("🍮 Zoë (née le [DOB]) 👩‍⚕️ [EMAIL] ✓");
  });

  it("is idempotent: masking masked text changes nothing", () => {
    const once = redact(LETTER, DEFAULT_SENSITIVE_POLICY);
    expect(redact(once, DEFAULT_SENSITIVE_POLICY)).toBe(once);
    expect(detectSensitive(once, DEFAULT_SENSITIVE_POLICY)).toEqual([]);
  });

  it("treats placeholders as opaque, even where a number was glued to a masked one", () => {
    // Before masking "4111 ..." continues the IBAN's digits; after it, it must not turn into a card.
    const text = "DE89 3704 0044 0532 0130 00 4111 1111 1111 1111";
    const once = redact(text, DEFAULT_SENSITIVE_POLICY);
    expect(once).toBe("[IBAN] 4111 1111 1111 1111");
    expect(redact(once, DEFAULT_SENSITIVE_POLICY)).toBe(once);
  });

  it.each([
    // Found by the idempotence property: the cue was glued to the MRN, then to its placeholder.
    "MRN-0000000DOB: 01.01.1984",
    "jane@example.org.MRN-0000000",
    "100-01-0001(020 0000 0000",
    "020 7946 0958(100-01-0001",
    "a@example.org4111111111111111",
    "4111 1111 1111 1111 2@example.org",
    "+44 20 7946 0958 0044 20 7946 0958",
  ])("is idempotent on %j", (text) => {
    const policy = {
      ...DEFAULT_SENSITIVE_POLICY,
      mrnPatterns: [{ name: "ward", pattern: String.raw`MRN-\d{7}` }],
    };
    const once = redact(text, policy);
    expect(redact(once, policy)).toBe(once);
  });

  it("still finds values of newly enabled kinds in text masked earlier", () => {
    const masked = redact("Mail a@example.org, card 4111 1111 1111 1111", {
      kinds: ["email"],
      mrnPatterns: [],
    });
    expect(masked).toBe("Mail [EMAIL], card 4111 1111 1111 1111");
    expect(redact(masked, DEFAULT_SENSITIVE_POLICY)).toBe("Mail [EMAIL], card [CARD]");
  });
});

describe("summarizeDetections", () => {
  it("counts by kind, leaving out kinds not found and carrying no values or offsets", () => {
    const detections = detectSensitive(LETTER, DEFAULT_SENSITIVE_POLICY);
    const summary = summarizeDetections(detections);
    expect(summary).toEqual({ date_of_birth: 1, national_id: 1, email: 1, phone: 1, card: 1, iban: 1 });
    expect(JSON.stringify(summary)).not.toMatch(/\d{3}|@/);
    expect(summary).toEqual(maskSensitive(LETTER, detections).counts);
  });

  it("counts repeated kinds and returns {} for nothing", () => {
    const text = "a@example.org, b@example.org and c@example.org";
    expect(summarizeDetections(detectSensitive(text, DEFAULT_SENSITIVE_POLICY))).toEqual({ email: 3 });
    expect(summarizeDetections([])).toEqual({});
  });
});
