import { NOT_IN_DOCUMENTS } from "./build-prompt";

/**
 * Ways a model says the sources do not answer the question, beyond the exact phrase the
 * prompt asks for. Each must match a whole claim of absence, not a mention of something
 * missing next to facts ("The sources do not mention a dose, but [1] says ...").
 */
const DECLINE_PATTERNS: readonly RegExp[] = [
  /\b(the |these |provided |given )*(sources?|documents?|context|passages?|texts?|excerpts?)( provided| given| above| below)? (do|does|did)(n't| not) (mention|contain|include|say|state|specify|provide|discuss|address|cover|answer|describe|explain|give|offer|have)\b/i,
  /\bi (cannot|can't|can not|could not|couldn't|was unable to|am unable to|am not able to|was not able to) (find|locate|determine|answer|see|identify|tell|provide)\b/i,
  /\bthere (is|are|was|were)( no| not any| not enough) (information|mention|data|details?|references?|answer|evidence|indication)\b/i,
  /\bi (do not|don't) (know|have (enough )?information)\b/i,
  /\b(no|not enough|insufficient) (relevant )?information (is |was )?(available|provided|given|found)\b/i,
  /\b(is|are|was|were) not (mentioned|stated|specified|covered|provided|found|addressed|discussed)( anywhere)? in the (provided |given )?(sources?|documents?|context|passages?)\b/i,
  /\b(the )?(sources?|documents?|context|passages?) (provided )?(contain|contains|include|includes|have|has) no (information|mention|details?|answer)\b/i,
];

/** Courtesy around a decline that adds no claim of its own. */
const NEUTRAL_SENTENCE =
  /^(sorry|unfortunately|i'?m sorry|i am sorry|i apologi[sz]e|apologies)\b[^.!?]{0,40}[.!?]?$|^(you (may|might|could) (want to )?|please |consider |try )(consult|check|ask|contact|look|refer|search|rephras)/i;

const CITATION = /\[\s*\d+(\s*,\s*\d+)*\s*\]/;

function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** "... do not mention X, but Y": the sentence goes on to state something, so it is not a bare decline. */
const GOES_ON = /\b(but|however|although|though|whereas|except|instead)\b/i;

function declines(sentence: string): boolean {
  return !GOES_ON.test(sentence) && DECLINE_PATTERNS.some((pattern) => pattern.test(sentence));
}

/**
 * Whether a finished answer is the model declining to answer: it cites nothing, at least
 * one sentence says the sources lack the answer, and every other sentence is courtesy
 * ("Sorry.", "Please consult ..."). Such an answer is recorded and shown as a decline
 * ("Not found in your documents"), not as an answer.
 */
export function isDecline(answer: string, citationCount: number): boolean {
  if (citationCount > 0 || CITATION.test(answer)) return false;
  // The phrase the prompt asks for decides on its own, wherever it stands.
  if (answer.includes(NOT_IN_DOCUMENTS)) return true;
  const parts = sentences(answer);
  if (parts.length === 0) return false;
  let declined = false;
  for (const sentence of parts) {
    if (declines(sentence)) declined = true;
    else if (!NEUTRAL_SENTENCE.test(sentence)) return false;
  }
  return declined;
}
