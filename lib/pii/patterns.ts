import { PLACEHOLDERS } from "./placeholders";

/*
 * Regex fragments shared by the detectors (sources for the `u` flag).
 *
 * Every detector treats a placeholder exactly like the letters and digits it replaced. That is
 * what makes masking idempotent: a number that was not a card because it ran into another number
 * must not become one when that other number turns into "[PHONE]".
 */

const escapeForRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const PLACEHOLDER = `(?:${Object.values(PLACEHOLDERS).map(escapeForRegex).join("|")})`;

/**
 * Letters (with combining marks, so a decomposed "é" counts), digits of any script, and "_":
 * a number glued to an underscore is part of an identifier (NP_001243169.1), not a value.
 */
export const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

/** What may sit between the digit groups of a written number. */
const NUMBER_SEPARATOR = String.raw`[ .\-/]`;

/** Not glued to a word or a placeholder. */
export const TOKEN_START = `(?<!${WORD_CHAR}|${PLACEHOLDER})`;
export const TOKEN_END = `(?!${WORD_CHAR}|${PLACEHOLDER})`;

/**
 * Like TOKEN_START/END, and also not one separator away from more digits: "12 4111 1111 1111 1111"
 * is one long number, not a card with a stray 12. A number hyphenated or slashed onto a word
 * ("pub-4513545675701847", "vs/5309904231178427") is an identifier or a path, not a value.
 */
export const NUMBER_START = `(?<!${WORD_CHAR}|${PLACEHOLDER}|(?:\\p{N}|${PLACEHOLDER})${NUMBER_SEPARATOR}|[\\p{L}\\p{M}][\\-/])`;
export const NUMBER_END = `(?!${WORD_CHAR}|${PLACEHOLDER}|${NUMBER_SEPARATOR}(?:\\p{N}|${PLACEHOLDER}))`;

/** Finds placeholders already in a text, so that nothing is detected inside or across them. */
export const PLACEHOLDER_REGEX = new RegExp(PLACEHOLDER, "gu");
