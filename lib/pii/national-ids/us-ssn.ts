import type { NationalIdRule } from "./national-id-rule";

/**
 * US Social Security number, written 123-45-6789 or 123 45 6789. There is no check digit, so only
 * the ranges never issued are excluded (area 000, 666 and 900-999, group 00, serial 0000); the
 * unseparated nine digits are too common to flag.
 */
export const US_SSN: NationalIdRule = {
  scheme: "us_ssn",
  pattern: String.raw`\d{3}([- ])\d{2}\1\d{4}`,
  isValid(value) {
    const [area = "", group = "", serial = ""] = value.split(/[- ]/);
    return area !== "000" && area !== "666" && !area.startsWith("9") && group !== "00" && serial !== "0000";
  },
};
