/*
 * Static checks on an admin's medical record number pattern, pure so that settings forms can run
 * them too. They reject what is wrong or dangerous in every input; what is slow only on some
 * inputs (\d+\d+\d+x on a long digit run) is stopped by the time budget in detect-mrns.ts.
 */

export const MRN_PATTERN_MAX_LENGTH = 200;

interface Shape {
  /** Can match without consuming a character. */
  nullable: boolean;
  /** Contains a repetition whose count varies (*, +, ?, {n,m}). */
  variable: boolean;
  /** Contains |. */
  alternation: boolean;
  /** A parenthesised group, whose repetition is what makes backtracking explode. */
  group: boolean;
}

const CHARACTER: Shape = { nullable: false, variable: false, alternation: false, group: false };
const ASSERTION: Shape = { nullable: true, variable: false, alternation: false, group: false };

class PatternProblem extends Error {}

interface Quantifier {
  min: number;
  max: number;
}

function parse(source: string): Shape {
  let pos = 0;

  const combine = (shapes: Shape[], nullable: boolean, alternation: boolean): Shape => ({
    nullable,
    variable: shapes.some((shape) => shape.variable),
    alternation: alternation || shapes.some((shape) => shape.alternation),
    group: false,
  });

  function alternatives(): Shape {
    const branches = [sequence()];
    while (source[pos] === "|") {
      pos++;
      branches.push(sequence());
    }
    return combine(
      branches,
      branches.some((branch) => branch.nullable),
      branches.length > 1,
    );
  }

  function sequence(): Shape {
    const items: Shape[] = [];
    while (pos < source.length && source[pos] !== "|" && source[pos] !== ")") {
      const atomShape = atom();
      const quantifier = readQuantifier();
      items.push(quantifier === undefined ? atomShape : repeat(atomShape, quantifier));
    }
    return combine(
      items,
      items.every((item) => item.nullable),
      false,
    );
  }

  function group(): Shape {
    pos++; // (
    let assertion = false;
    if (source.startsWith("?=", pos) || source.startsWith("?!", pos)) {
      pos += 2;
      assertion = true;
    } else if (source.startsWith("?<=", pos) || source.startsWith("?<!", pos)) {
      pos += 3;
      assertion = true;
    } else if (source.startsWith("?<", pos)) {
      pos = source.indexOf(">", pos) + 1;
    } else if (source[pos] === "?") {
      pos = source.indexOf(":", pos) + 1; // (?: and modifiers such as (?i:
    }
    const inner = alternatives();
    pos++; // )
    return assertion ? { ...inner, nullable: true, group: true } : { ...inner, group: true };
  }

  function escapeSequence(): Shape {
    const next = source[pos + 1] ?? "";
    if (/[1-9]/.test(next) || next === "k") {
      throw new PatternProblem("uses a backreference, which can make matching take exponential time");
    }
    if (next === "b" || next === "B") {
      pos += 2;
      return ASSERTION;
    }
    if (next === "p" || next === "P" || (next === "u" && source[pos + 2] === "{")) {
      pos = source.indexOf("}", pos) + 1;
    } else {
      pos += next === "u" ? 6 : next === "x" ? 4 : next === "c" ? 3 : 2;
    }
    return CHARACTER;
  }

  function characterClass(): Shape {
    pos++; // [
    while (source[pos] !== "]") pos += source[pos] === "\\" ? 2 : 1;
    pos++; // ]
    return CHARACTER;
  }

  function atom(): Shape {
    const char = source[pos];
    if (char === "(") return group();
    if (char === "[") return characterClass();
    if (char === "\\") return escapeSequence();
    pos++;
    return char === "^" || char === "$" ? ASSERTION : CHARACTER;
  }

  function readQuantifier(): Quantifier | undefined {
    const rest = source.slice(pos);
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    let quantifier: Quantifier | undefined;
    if (rest.startsWith("*")) quantifier = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (rest.startsWith("+")) quantifier = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (rest.startsWith("?")) quantifier = { min: 0, max: 1 };
    else if (braces !== null) {
      const min = Number(braces[1]);
      const max =
        braces[2] === undefined ? min : braces[3] === "" ? Number.POSITIVE_INFINITY : Number(braces[3]);
      quantifier = { min, max };
    }
    if (quantifier === undefined) return undefined;
    pos += braces === null ? 1 : (braces[0]?.length ?? 1);
    if (source[pos] === "?") pos++; // lazy: same shape
    return quantifier;
  }

  /**
   * A group repeated more than once may hold only fixed-count repetitions and no alternatives:
   * (a+)+, (\d{1,3})* and (a|ab)* can each split the same text in exponentially many ways, and a
   * backtracking engine tries them all before giving up. An optional group, (-\d{2})?, is fine.
   */
  function repeat(shape: Shape, quantifier: Quantifier): Shape {
    if (shape.group && quantifier.max > 1) {
      if (shape.alternation) {
        throw new PatternProblem(
          "repeats a group that contains alternatives (|); use a character class instead",
        );
      }
      if (shape.variable) {
        throw new PatternProblem(
          "repeats a group that itself contains a variable repetition (nested quantifiers such as (a+)+)",
        );
      }
    }
    return {
      nullable: shape.nullable || quantifier.min === 0,
      variable: shape.variable || quantifier.min !== quantifier.max,
      alternation: shape.alternation,
      group: false,
    };
  }

  return alternatives();
}

/**
 * Why an MRN pattern cannot be used, or undefined when it can. Patterns use JavaScript regular
 * expression syntax with the u flag and are matched case-sensitively; (?i:...) makes part of one
 * case-insensitive.
 */
export function findMrnPatternProblem(pattern: string): string | undefined {
  if (pattern.length === 0) return "is empty";
  if (pattern.length > MRN_PATTERN_MAX_LENGTH) return `is longer than ${MRN_PATTERN_MAX_LENGTH} characters`;
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    return `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  let shape: Shape;
  try {
    shape = parse(pattern);
  } catch (error) {
    if (error instanceof PatternProblem) return error.message;
    throw error;
  }
  return shape.nullable ? "can match empty text; every match must contain at least one character" : undefined;
}
