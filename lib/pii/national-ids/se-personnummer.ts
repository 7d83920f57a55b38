import { passesLuhn } from "../checksums/luhn";
import { isValidDate } from "../is-valid-date";
import type { NationalIdRule } from "./national-id-rule";

/**
 * Swedish personnummer, YYMMDD-NNNC (+ instead of - from the year a person turns 100) or
 * YYYYMMDD-NNNC: a real birth date (day + 60 in a samordningsnummer) and Luhn over the ten
 * digits YYMMDDNNNC.
 */
export const SE_PERSONNUMMER: NationalIdRule = {
  scheme: "se_personnummer",
  pattern: String.raw`(?:18|19|20)?\d{6}[-+]\d{4}`,
  isValid(value) {
    const digits = value.replace(/\D/g, "");
    const ten = digits.slice(-10);
    const year = digits.length === 12 ? Number(digits.slice(0, 4)) : 2000 + Number(ten.slice(0, 2));
    const day = Number(ten.slice(4, 6));
    return isValidDate(year, Number(ten.slice(2, 4)), day > 60 ? day - 60 : day) && passesLuhn(ten);
  },
};
