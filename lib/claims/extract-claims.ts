import { NOT_IN_DOCUMENTS } from "@/lib/answer/build-prompt";
import { citationsIn } from "./citation-markers";
import { type TextFeatures, textFeatures } from "./claim-features";
import { splitSentences } from "./split-sentences";

/** One sentence of an answer to check: its exact text (markers included) and what it cites. */
export interface Claim {
  text: string;
  citations: number[];
  features: TextFeatures;
}

/**
 * Every sentence that states something (has a content word) is a claim; connective text, a
 * label that introduces a list ("Dosage:") and the sentence declining to answer are not checked.
 */
export function extractClaims(answer: string, sourceCount: number): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of splitSentences(answer)) {
    if (sentence.text.includes(NOT_IN_DOCUMENTS) || sentence.text.endsWith(":")) continue;
    const features = textFeatures(sentence.text);
    if (features.terms.length === 0) continue;
    const citations = citationsIn(sentence.text).filter((n) => n >= 1 && n <= sourceCount);
    claims.push({ text: sentence.text, citations, features });
  }
  return claims;
}
