/**
 * Issuer identification number ranges of the card networks in wide use, with the lengths each
 * issues. A Luhn-valid number outside them is more likely an account or order number than a card.
 */
interface CardNetwork {
  name: string;
  /** Inclusive ranges of leading digits; both ends have the same number of digits. */
  prefixes: ReadonlyArray<readonly [number, number]>;
  lengths: readonly number[];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const CARD_NETWORKS: readonly CardNetwork[] = [
  { name: "visa", prefixes: [[4, 4]], lengths: [13, 16, 19] },
  {
    name: "mastercard",
    prefixes: [
      [51, 55],
      [2221, 2720],
    ],
    lengths: [16],
  },
  {
    name: "amex",
    prefixes: [
      [34, 34],
      [37, 37],
    ],
    lengths: [15],
  },
  {
    name: "discover",
    prefixes: [
      [6011, 6011],
      [644, 649],
      [65, 65],
    ],
    lengths: range(16, 19),
  },
  {
    name: "diners",
    prefixes: [
      [300, 305],
      [3095, 3095],
      [36, 36],
      [38, 39],
    ],
    lengths: range(14, 19),
  },
  { name: "jcb", prefixes: [[3528, 3589]], lengths: range(16, 19) },
  { name: "unionpay", prefixes: [[62, 62]], lengths: range(16, 19) },
  {
    name: "maestro",
    prefixes: [
      [5018, 5018],
      [5020, 5020],
      [5038, 5038],
      [5893, 5893],
      [6304, 6304],
      [6759, 6759],
      [6761, 6763],
    ],
    lengths: range(12, 19),
  },
  { name: "mir", prefixes: [[2200, 2204]], lengths: range(16, 19) },
];

/** Whether `digits` starts like, and is as long as, a number some network issues. */
export function hasCardPrefix(digits: string): boolean {
  return CARD_NETWORKS.some(
    (network) =>
      network.lengths.includes(digits.length) &&
      network.prefixes.some(([from, to]) => {
        const lead = Number(digits.slice(0, String(from).length));
        return lead >= from && lead <= to;
      }),
  );
}
