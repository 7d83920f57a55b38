import { describe, expect, it } from "vitest";
import { detectSensitive } from "@/lib/pii/detect-sensitive";
import { NATIONAL_ID_SCHEMES } from "@/lib/pii/types";
import { describeDetections, onlyKinds } from "../support/pii-fixtures";

const detect = (text: string) => describeDetections(text, detectSensitive(text, onlyKinds(["national_id"])));

/** Specimen numbers from the issuers' documentation, or made up here with their check digits computed by hand: none is a real person's. */
const VALID: ReadonlyArray<readonly [string, string, string]> = [
  ["us_ssn", "SSN", "123-45-6789"],
  ["us_ssn", "SSN", "123 45 6789"],
  ["uk_nino", "NI number", "AB 12 34 56 C"],
  ["uk_nino", "NI number", "AB123456C"],
  ["uk_nhs", "NHS number", "943 476 5919"],
  ["uk_nhs", "NHS number", "943-476-5919"],
  ["uk_nhs", "NHS No:", "9434765919"],
  ["fr_nir", "NIR", "1 84 12 76 451 089 46"],
  ["fr_nir", "NIR", "184127645108946"],
  ["fr_nir", "NIR (Corsica)", "2 69 05 2A 123 456 88"],
  ["de_tax_id", "Steuer-ID", "86095742719"],
  ["de_tax_id", "Steuer-ID", "86 095 742 719"],
  ["es_dni", "DNI", "12345678Z"],
  ["es_dni", "DNI", "12345678-Z"],
  ["es_nie", "NIE", "X1234567L"],
  ["es_nie", "NIE", "Y-1234567-X"],
  ["it_codice_fiscale", "CF", "RSSMRA85T10A562S"],
  ["nl_bsn", "BSN:", "111222333"],
  ["nl_bsn", "burgerservicenummer", "1112.22.333"],
  ["se_personnummer", "personnummer", "811228-9874"],
  ["se_personnummer", "personnummer", "19811228-9874"],
  ["se_personnummer", "samordningsnummer", "701063-2391"],
  ["pl_pesel", "PESEL", "44051401359"],
  ["pl_pesel", "PESEL (2000s)", "02270803624"],
];

/** Lookalikes: right shape, wrong check digit or a range the issuer never allocates. */
const INVALID: ReadonlyArray<readonly [string, string]> = [
  ["SSN area 000", "000-12-3456"],
  ["SSN area 666", "666-12-3456"],
  ["SSN area 9xx", "912-34-5678"],
  ["SSN group 00", "123-00-4567"],
  ["SSN serial 0000", "123-45-0000"],
  ["SSN with mixed separators", "123-45 6789"],
  ["SSN unseparated", "123456789"],
  ["NINO with the example prefix QQ", "QQ 12 34 56 C"],
  ["NINO with a forbidden prefix", "GB 12 34 56 A"],
  ["NINO with O second", "AO 12 34 56 A"],
  ["NINO with suffix E", "AB 12 34 56 E"],
  ["compact NINO without a label", "AB123456C"],
  ["compound code shaped like a compact NINO", "antagonist SR141716A"],
  ["NHS failing mod 11", "943 476 5918"],
  ["NHS whose check would be 10", "123 456 7891"],
  ["NHS of one repeated digit", "111 111 1111"],
  ["NHS unseparated without a label", "9434765919"],
  ["NIR with a wrong key", "1 84 12 76 451 089 47"],
  ["NIR with month 00", "1 84 00 76 451 089 46"],
  ["German tax ID failing the check", "86095742718"],
  ["German tax ID with no repeated digit", "12345678903"],
  ["German tax ID starting with 0", "06095742719"],
  ["DNI with the wrong letter", "12345678A"],
  ["NIE with the wrong letter", "X1234567A"],
  ["codice fiscale with the wrong check letter", "RSSMRA85T10A562T"],
  ["codice fiscale with an invalid month letter", "RSSMRA85F10A562S"],
  ["BSN failing the 11-test", "BSN: 111222334"],
  ["BSN without a label", "111222333"],
  ["personnummer failing Luhn", "811228-9875"],
  ["personnummer with an impossible date", "811328-9874"],
  ["PESEL failing the check", "44051401358"],
  ["PESEL with an impossible date", "44053201359"],
];

describe("national_id", () => {
  it("covers every scheme it names", () => {
    expect(new Set(VALID.map(([scheme]) => scheme))).toEqual(new Set(NATIONAL_ID_SCHEMES));
  });

  it.each(VALID)("finds %s in %j %s", (scheme, label, value) => {
    expect(detect(`Patient ${label} ${value}, seen today`)).toEqual([`national_id/${scheme}: ${value}`]);
  });

  it.each(INVALID)("ignores a %s: %s", (_name, text) => {
    expect(detect(`Patient ${text}, seen today`)).toEqual([]);
  });

  it("does not take a piece of a longer number", () => {
    expect(detect("Batch 1 123-45-6789 9")).toEqual([]);
    expect(detect("Serial 186095742719")).toEqual([]);
  });
});
