import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasCardPrefix } from "@/lib/pii/card-networks";
import { ibanRemainder } from "@/lib/pii/checksums/iban-remainder";
import { luhnCheckDigit, passesLuhn } from "@/lib/pii/checksums/luhn";
import { mod97 } from "@/lib/pii/checksums/mod97";
import { ibanFor, luhnDigit } from "../support/pii-fixtures";

describe("Luhn", () => {
  it.each([
    ["4111111111111111", true],
    ["79927398713", true],
    ["79927398710", false],
    ["0", false],
  ])("%s passes: %s", (digits, passes) => {
    expect(passesLuhn(digits)).toBe(passes);
  });

  it("computes the check digit that passes, and only that one", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 30 }),
        (payload) => {
          const check = luhnCheckDigit(payload);
          expect(String(check)).toBe(luhnDigit(payload));
          for (let digit = 0; digit <= 9; digit++)
            expect(passesLuhn(`${payload}${digit}`)).toBe(digit === check);
        },
      ),
    );
  });
});

describe("mod 97", () => {
  it("agrees with BigInt arithmetic on long numbers", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 60 }),
        (digits) => {
          expect(mod97(digits)).toBe(Number(BigInt(digits) % 97n));
        },
      ),
    );
  });

  it("leaves 1 for a valid IBAN", () => {
    expect(ibanRemainder("GB82WEST12345698765432")).toBe(1);
    expect(ibanRemainder("GB82WEST12345698765433")).not.toBe(1);
    expect(ibanRemainder(ibanFor("MT", "MALT011000012345MTLCAST001S"))).toBe(1);
  });
});

describe("card issuer ranges", () => {
  it.each([
    ["4111111111111111", true],
    ["4111111111111", true],
    ["41111111111111", false],
    ["2720991111111111", true],
    ["2721001111111111", false],
    ["371449635398431", true],
    ["3714496353984310", false],
    ["3528000000000000", true],
    ["3600000000000000", true],
    ["9111111111111111", false],
  ])("%s: %s", (digits, known) => {
    expect(hasCardPrefix(digits)).toBe(known);
  });
});
