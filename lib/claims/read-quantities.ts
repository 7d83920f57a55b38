/** A number stated in a sentence, with the unit written after it when there is one. */
export interface Quantity {
  value: number;
  unit?: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

/** Spellings of one unit map to one key: "500 mg" and "500 milligrams" state the same dose. */
const UNITS: Readonly<Record<string, string>> = {
  mg: "mg",
  milligram: "mg",
  milligrams: "mg",
  g: "g",
  gram: "g",
  grams: "g",
  kg: "kg",
  kilogram: "kg",
  kilograms: "kg",
  mcg: "mcg",
  µg: "mcg",
  μg: "mcg",
  ug: "mcg",
  microgram: "mcg",
  micrograms: "mcg",
  ml: "ml",
  millilitre: "ml",
  millilitres: "ml",
  milliliter: "ml",
  milliliters: "ml",
  l: "l",
  litre: "l",
  litres: "l",
  liter: "l",
  liters: "l",
  iu: "iu",
  unit: "unit",
  units: "unit",
  mmol: "mmol",
  mol: "mol",
  mmhg: "mmhg",
  bpm: "bpm",
  "%": "%",
  percent: "%",
  "°": "deg",
  "°c": "deg",
  "°f": "degf",
  degree: "deg",
  degrees: "deg",
  celsius: "deg",
  c: "deg",
  s: "s",
  sec: "s",
  second: "s",
  seconds: "s",
  min: "min",
  mins: "min",
  minute: "min",
  minutes: "min",
  h: "h",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
  times: "times",
  tablet: "tablet",
  tablets: "tablet",
  dose: "dose",
  doses: "dose",
};

// A digit number ("500", "2.5", "1,000", "0,5") or a word that may be a number ("eighteen").
const NUMBER_TOKEN = /(?<![\p{L}\p{N}.])(?:\d+(?:[.,]\d+)*|\p{L}+(?:-\p{L}+)?)/gu;
const UNIT_AFTER = /^\s?(%|°\s?[cf]?|[\p{L}µμ]+)/u;

function parseNumber(token: string): number | null {
  if (/^\d/.test(token)) {
    // "1,000" groups thousands; "0,5" is a decimal comma.
    const normalised = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token)
      ? token.replace(/,/g, "")
      : token.replace(",", ".");
    const value = Number(normalised);
    return Number.isFinite(value) ? value : null;
  }
  const word = token.toLowerCase();
  if (word in NUMBER_WORDS) return NUMBER_WORDS[word] ?? null;
  // "twenty-five"
  const [tens, ones] = word.split("-");
  const a = tens === undefined ? undefined : NUMBER_WORDS[tens];
  const b = ones === undefined ? undefined : NUMBER_WORDS[ones];
  return a !== undefined && b !== undefined && a >= 20 && b < 10 ? a + b : null;
}

/**
 * The numbers a sentence states, each with its unit when one follows: what must match exactly
 * for a dose, a temperature or a duration to count as supported. "one" is skipped because it is
 * mostly a pronoun ("the one on the left").
 */
export function readQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const token = match[0];
    if (token.toLowerCase() === "one") continue;
    const value = parseNumber(token);
    if (value === null) continue;
    const unitWord = UNIT_AFTER.exec(text.slice(match.index + token.length))?.[1];
    const unit = unitWord === undefined ? undefined : UNITS[unitWord.toLowerCase().replace(/\s/g, "")];
    quantities.push(unit === undefined ? { value } : { value, unit });
  }
  return quantities;
}

/** The word as a number ("eighteen" -> "18"), so spelled and written numbers compare equal. */
export function numberWordValue(word: string): string | null {
  const value = NUMBER_WORDS[word];
  return value === undefined || word === "one" ? null : String(value);
}
