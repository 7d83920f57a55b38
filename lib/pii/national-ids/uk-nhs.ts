import { digitsOf, type NationalIdRule } from "./national-id-rule";

/** Mod 11: weights 10 down to 2 over the first nine digits; a remainder giving 10 is never issued. */
function passesNhsCheck(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length !== 10 || digits.every((digit) => digit === digits[0])) return false;
  const sum = digits.slice(0, 9).reduce((total, digit, index) => total + digit * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digits[9];
}

/** NHS number (England, Wales, Isle of Man) as printed: 943 476 5919 or 943-476-5919. */
export const UK_NHS: NationalIdRule = {
  scheme: "uk_nhs",
  pattern: String.raw`\d{3}([ \-])\d{3}\1\d{4}`,
  isValid: passesNhsCheck,
};

/** Ten bare digits pass the check one time in eleven, so unseparated they need an "NHS" label. */
export const UK_NHS_LABELLED: NationalIdRule = {
  scheme: "uk_nhs",
  pattern: String.raw`\d{10}`,
  isValid: passesNhsCheck,
  cue: "nhs",
};
