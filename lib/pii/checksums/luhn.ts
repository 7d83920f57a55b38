/** Luhn (mod 10) over a string of ASCII digits: the check used by card numbers and Swedish personnummer. */
export function passesLuhn(digits: string): boolean {
  return digits.length > 1 && luhnSum(digits, false) % 10 === 0;
}

/** The digit that, appended to `payload`, makes it pass Luhn. */
export function luhnCheckDigit(payload: string): number {
  return (10 - (luhnSum(payload, true) % 10)) % 10;
}

/** `doubleLast`: whether the rightmost digit is doubled (it is when a check digit is still to come). */
function luhnSum(digits: string, doubleLast: boolean): number {
  let sum = 0;
  for (let index = digits.length - 1, double = doubleLast; index >= 0; index--, double = !double) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}
