import { mod97 } from "../checksums/mod97";
import type { NationalIdRule } from "./national-id-rule";

/**
 * French social security number (NIR): sex, year, month, département (2A/2B for Corsica),
 * commune, order, then a two-digit key, 97 minus the first 13 digits mod 97, with 2A and 2B
 * counted as 19 and 18 as the scheme prescribes. Compact or grouped by spaces.
 */
export const FR_NIR: NationalIdRule = {
  scheme: "fr_nir",
  pattern: String.raw`[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}`,
  isValid(value) {
    const compact = value.replace(/ /g, "");
    const department = compact.slice(5, 7);
    const body =
      compact.slice(0, 5) +
      (department === "2A" ? "19" : department === "2B" ? "18" : department) +
      compact.slice(7, 13);
    return 97 - mod97(body) === Number(compact.slice(13));
  },
};
