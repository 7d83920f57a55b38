import { isStopWord, lightStem, tokenizeWords } from "@/lib/retrieval/query-terms";
import { withoutCitationMarkers } from "./citation-markers";
import { numberWordValue, type Quantity, readQuantities } from "./read-quantities";

/** What the lexical check compares between a claim and a passage. */
export interface TextFeatures {
  /** Distinct stems of the content words; spelled numbers as digits ("eighteen" -> "18"). */
  terms: string[];
  quantities: Quantity[];
  /** States something as not so ("not", "no", "never", "without", "n't"). */
  negated: boolean;
}

/**
 * Words a model wraps a claim in ("According to the documents, …", "The source also states
 * that …") and modal verbs the stop list keeps: they carry no fact, so a claim is not
 * penalised for them missing from the passage.
 */
const FRAMING_WORDS = new Set(
  `according document documents source sources passage passages context text state states stated
  mention mentions mentioned say says said indicate indicates indicated note noted also provided
  based per yes must may might shall`
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(lightStem),
);

const NEGATION = /\b(?:not|no|never|without|none|neither|nor|cannot)\b|n['’]t\b/i;

export function textFeatures(text: string): TextFeatures {
  const plain = withoutCitationMarkers(text);
  const terms = new Set<string>();
  for (const { word } of tokenizeWords(plain)) {
    if (isStopWord(word)) continue;
    const asNumber = numberWordValue(word);
    if (asNumber !== null) {
      terms.add(asNumber);
      continue;
    }
    // A lone letter ("C" of "134 °C", "a." of a list) says nothing on its own.
    if (word.length < 2 && !/\d/.test(word)) continue;
    // Digits are compared as written: lightStem would read "500" as a doubled letter and drop a 0.
    const stem = /\d/.test(word) ? word : lightStem(word);
    if (!FRAMING_WORDS.has(stem)) terms.add(stem);
  }
  return { terms: [...terms], quantities: readQuantities(plain), negated: NEGATION.test(plain) };
}
