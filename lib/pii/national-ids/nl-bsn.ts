import { digitsOf, type NationalIdRule } from "./national-id-rule";

/**
 * Dutch citizen service number (BSN), nine digits passing the "elfproef": weights 9 down to 2,
 * and -1 for the last digit, sum divisible by 11. One random nine-digit number in eleven passes,
 * so it only counts after a label.
 */
export const NL_BSN: NationalIdRule = {
  scheme: "nl_bsn",
  pattern: String.raw`\d{9}|\d{4}\.\d{2}\.\d{3}`,
  isValid(value) {
    const digits = digitsOf(value);
    const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
    return sum !== 0 && sum % 11 === 0;
  },
  cue: "bsn|burgerservicenummer|sofi-?nummer",
};
