import { describe, expect, it } from "vitest";
import { DEFAULT_SENSITIVE_POLICY } from "@/lib/pii";
import { detectSensitive } from "@/lib/pii/detect-sensitive";
import type { SensitiveKind } from "@/lib/pii/types";
import { onlyKinds } from "../support/pii-fixtures";

/** The values detected as `kind` when only that detector runs. */
function valuesOf(text: string, kind: SensitiveKind): string[] {
  return detectSensitive(text, onlyKinds([kind])).map((detection) =>
    text.slice(detection.start, detection.end),
  );
}

describe("email", () => {
  it.each([
    ["Write to john.doe@example.org today", "john.doe@example.org"],
    ["<j+tag@mail.example.co.uk>", "j+tag@mail.example.co.uk"],
    ["Kontakt: müller@beispiel.de.", "müller@beispiel.de"],
    ["percent user%ops@example.com, then", "user%ops@example.com"],
    ["mailto:a_b@sub-domain.example.io", "a_b@sub-domain.example.io"],
    ["first@example.org;second@example.net", "first@example.org"],
  ])("finds it in %j", (text, value) => {
    expect(valuesOf(text, "email")).toContain(value);
  });

  it.each([
    "user@localhost",
    "@example.com",
    "john@",
    "x@y.1",
    "name at example dot com",
    "icon@2x.png and logo@3x.jpg",
    "npm install lodash@4.17.21",
    "a@b.c",
  ])("ignores %j", (text) => {
    expect(valuesOf(text, "email")).toEqual([]);
  });
});

describe("phone", () => {
  it.each([
    ["Call +44 20 7946 0958 now", "+44 20 7946 0958"],
    ["US office +1 (212) 555-0182.", "+1 (212) 555-0182"],
    ["Paris +33 1 23 45 67 89", "+33 1 23 45 67 89"],
    ["Berlin +49 30 12345678", "+49 30 12345678"],
    ["compact +4915112345678", "+4915112345678"],
    ["with trunk +44 (0)20 7946 0958", "+44 (0)20 7946 0958"],
    ["prefix 0044 20 7946 0958", "0044 20 7946 0958"],
    ["NY (212) 555-0182", "(212) 555-0182"],
    ["NY 212-555-0182", "212-555-0182"],
    ["NY 212.555.0182", "212.555.0182"],
    ["London 020 7946 0958", "020 7946 0958"],
    ["Paris 01 23 45 67 89", "01 23 45 67 89"],
    ["Berlin 030 12345678", "030 12345678"],
    ["Bonn 0171/1234567", "0171/1234567"],
    ["Utrecht 06-12345678", "06-12345678"],
    ["Tel: 2125550182", "2125550182"],
    ["Fax 07700900123", "07700900123"],
    ["Telefon 89 12 34 56", "89 12 34 56"],
  ])("finds it in %j", (text, value) => {
    expect(valuesOf(text, "phone")).toEqual([value]);
  });

  it.each([
    ["ISO date", "Visit 2024-01-15"],
    ["European date", "Visit 15.01.2024"],
    ["US date", "Visit 01/15/2024"],
    ["IP address", "Host 192.168.100.200"],
    ["version string", "Build 10.0.19045.3570"],
    ["v-prefixed version", "Release v1.2.3"],
    ["decimal", "pi is 3.14159265"],
    ["thousands", "Total 1 234 567 items"],
    ["area code starting with 1", "Number 123 456 7890"],
    ["exchange starting with 1", "Number (555) 123-4567"],
    ["card-shaped", "Card 4111 1111 1111 1111"],
    ["ISBN", "ISBN 0-306-40615-2"],
    ["bare digits", "Order 5551234567 shipped"],
    ["too short", "Room +44 123"],
    ["too long", "+44 1234 5678 9012 3456"],
    ["zero country code", "+0 123 456 789"],
    ["clock time", "at 12:30:45"],
    ["unbalanced parentheses", "(212 555-0182"],
    ["RefSeq accession", "variant p.Arg16Trp (NP_001243169.1)"],
    ["00-prefixed number without phone grouping", "lot 001243169.1"],
    ["small decimal", "r = -0.0307161195, 0.0846621734"],
  ])("ignores a %s", (_name, text) => {
    expect(valuesOf(text, "phone")).toEqual([]);
  });
});

describe("card", () => {
  it.each([
    ["Visa", "4111111111111111"],
    ["Visa, spaced", "4111 1111 1111 1111"],
    ["Visa, hyphenated", "4111-1111-1111-1111"],
    ["Visa, 13 digits", "4222222222222"],
    ["Mastercard", "5555555555554444"],
    ["Mastercard 2-series", "2223003122003222"],
    ["Amex", "378282246310005"],
    ["Amex, 4-6-5", "3782 822463 10005"],
    ["Discover", "6011111111111117"],
    ["JCB", "3530111333300000"],
    ["Diners, 14 digits", "30569309025904"],
    ["UnionPay", "6200000000000005"],
  ])("finds a %s number", (_name, card) => {
    expect(valuesOf(`Paid with ${card}, thanks`, "card")).toEqual([card]);
  });

  it.each([
    ["failing Luhn", "4111111111111112"],
    ["failing Luhn, spaced", "4111 1111 1111 1112"],
    ["Luhn-valid with an unknown prefix", "1234567812345670"],
    ["all zeros", "0000000000000000"],
    ["Visa prefix with a length Visa never issues", "41111111111111111"],
    ["mixed separators", "4111 1111-1111 1111"],
    ["odd grouping", "41 11111111 111111"],
    ["part of a longer number", "12 4111 1111 1111 1111"],
    ["followed by more digits", "4111 1111 1111 1111 22"],
    ["glued to a word", "ref4111111111111111"],
    ["part of an identifier", "scan_4111111111111111"],
    ["hyphenated onto a word", "ca-pub-4111111111111111"],
    ["in a URL path", "example.org/vs/4111111111111111"],
    ["a decimal", "4111111111111111.5"],
  ])("ignores a number %s", (_name, text) => {
    expect(valuesOf(`Order ${text} shipped`, "card")).toEqual([]);
  });
});

describe("iban", () => {
  it.each([
    "DE89 3704 0044 0532 0130 00",
    "DE89370400440532013000",
    "GB82 WEST 1234 5698 7654 32",
    "FR14 2004 1010 0505 0001 3M02 606",
    "NL91 ABNA 0417 1643 00",
    "BE68 5390 0754 7034",
    "CH93 0076 2011 6238 5295 7",
    "NO93 8601 1117 947",
    "gb82 west 1234 5698 7654 32",
  ])("finds %s", (iban) => {
    expect(valuesOf(`Pay to ${iban}.`, "iban")).toEqual([iban]);
  });

  it("stops at the country's length, leaving what follows alone", () => {
    expect(valuesOf("IBAN GB82 WEST 1234 5698 7654 32 BIC WESTGB22", "iban")).toEqual([
      "GB82 WEST 1234 5698 7654 32",
    ]);
  });

  it.each([
    ["a wrong check", "DE89 3704 0044 0532 0130 01"],
    ["swapped digits", "DE89 3704 0044 0532 0103 00"],
    ["too short for its country", "DE89 3704 0044 0532 0130"],
    ["an unknown country", "XX89 3704 0044 0532 0130 00"],
    ["glued to a word", "ABDE89370400440532013000"],
    ["glued to a word after", "DE89370400440532013000X"],
    ["double spaces", "DE89  3704 0044 0532 0130 00"],
  ])("ignores one with %s", (_name, text) => {
    expect(valuesOf(`Pay to ${text}.`, "iban")).toEqual([]);
  });
});

describe("date_of_birth", () => {
  it.each([
    ["DOB: 12/03/1990", "12/03/1990"],
    ["Date of birth 1990-03-12", "1990-03-12"],
    ["born on 12 March 1990", "12 March 1990"],
    ["born March 12, 1990 in Leeds", "March 12, 1990"],
    ["D.O.B. 12.03.90", "12.03.90"],
    ["Birthdate: 12-Mar-1990", "12-Mar-1990"],
    ["Geburtsdatum: 12.03.1990", "12.03.1990"],
    ["Max Muster, geb. 12.03.1990", "12.03.1990"],
    ["geboren am 12. März 1990", "12. März 1990"],
    ["née le 1er janvier 1970", "1er janvier 1970"],
    ["Date de naissance : 03/12/1975", "03/12/1975"],
    ["Fecha de nacimiento: 12/03/1990", "12/03/1990"],
    ["Date of birth (dd/mm/yyyy): 12/03/1990", "12/03/1990"],
    ["DOB\n12/03/1990", "12/03/1990"],
    ["US style DOB 02/29/2000", "02/29/2000"],
  ])("finds the date in %j", (text, value) => {
    expect(valuesOf(text, "date_of_birth")).toEqual([value]);
  });

  it.each([
    ["a date without a cue", "Visit on 2024-01-15 and 16/01/2024"],
    ["a date far from its cue", "DOB: unknown, admitted 12/03/2020"],
    ["a year alone", "born in 1990"],
    ["an impossible day", "DOB: 31/02/1990"],
    ["a February 29th outside a leap year", "DOB: 29/02/1990"],
    ["a year out of range", "DOB: 12/03/1790"],
    ["a cue inside a word", "adobe 12/03/1990"],
    ["a placeholder that reads like a cue", "[DOB] 12/03/1990"],
  ])("ignores %s", (_name, text) => {
    expect(valuesOf(text, "date_of_birth")).toEqual([]);
  });

  it("takes only the date right after the cue", () => {
    expect(valuesOf("DOB: 12/03/1990, admitted 14/03/2020", "date_of_birth")).toEqual(["12/03/1990"]);
  });
});

describe("detectSensitive", () => {
  it("runs only the detectors the policy lists", () => {
    const text = "a@example.org 4111111111111111";
    expect(detectSensitive(text, onlyKinds(["email"])).map((d) => d.kind)).toEqual(["email"]);
    expect(detectSensitive(text, onlyKinds([]))).toEqual([]);
  });

  it("returns sorted, non-overlapping detections, and no values", () => {
    const text = "DOB 12/03/1990; mail a@example.org; IBAN DE89 3704 0044 0532 0130 00; tel +44 20 7946 0958";
    const detections = detectSensitive(text, DEFAULT_SENSITIVE_POLICY);
    expect(detections.map((d) => d.kind)).toEqual(["date_of_birth", "email", "iban", "phone"]);
    for (const [index, detection] of detections.entries()) {
      expect(Object.keys(detection).sort()).toEqual(["end", "kind", "start"]);
      expect(detection.start).toBeGreaterThanOrEqual(detections[index - 1]?.end ?? 0);
    }
  });

  it("merges overlapping candidates under the stronger kind", () => {
    // The tail of the IBAN "0044 0532 ..." is also an international phone number on its own.
    const text = "IBAN DE89 3704 0044 0532 0130 00";
    expect(detectSensitive(text, DEFAULT_SENSITIVE_POLICY)).toEqual([
      { kind: "iban", start: 5, end: text.length },
    ]);
  });

  it("reports offsets in UTF-16 code units, correct after emoji and accents", () => {
    const text =
      "Crème brûlée 🍮👩‍⚕️ — écrire à zoë@example.org, tél. +33 1 23 45 67 89, né le 3 mars 1970 🎂";
    const values = detectSensitive(text, DEFAULT_SENSITIVE_POLICY).map((d) => [
      d.kind,
      text.slice(d.start, d.end),
    ]);
    expect(values).toEqual([
      ["email", "zoë@example.org"],
      ["phone", "+33 1 23 45 67 89"],
      ["date_of_birth", "3 mars 1970"],
    ]);
  });

  it("finds a value written with decomposed accents next to it", () => {
    const text = "Rene\u0301e: rene\u0301e@example.org";
    const [detection] = detectSensitive(text, onlyKinds(["email"]));
    expect(detection && text.slice(detection.start, detection.end)).toBe("rene\u0301e@example.org");
  });

  it("keeps its own regular expressions linear on hostile input", () => {
    const hostile = [
      "1 ".repeat(20_000),
      "4".repeat(40_000),
      "a@".repeat(20_000),
      `${"a".repeat(30_000)}@`,
      `x@${"b.".repeat(20_000)}`,
      "DE89 ".repeat(8_000),
      "DOB ".repeat(10_000),
      "+(1) ".repeat(10_000),
      "12/".repeat(15_000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      detectSensitive(text, DEFAULT_SENSITIVE_POLICY);
      expect(performance.now() - started, text.slice(0, 12)).toBeLessThan(2_000);
    }
  });
});
