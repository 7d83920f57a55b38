/**
 * The remainder of a long decimal number (given as digits) divided by 97, computed piecewise
 * because IBANs and French NIRs exceed what a double holds exactly.
 */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let index = 0; index < digits.length; index += 7) {
    remainder = Number(`${remainder}${digits.slice(index, index + 7)}`) % 97;
  }
  return remainder;
}
