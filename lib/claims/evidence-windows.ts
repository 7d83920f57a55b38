import { type TextFeatures, textFeatures } from "./claim-features";
import { splitSentences } from "./split-sentences";

/** A source given to the model: its number in the prompt, where it lies, and its stored text. */
export interface EvidenceSource {
  n: number;
  documentId: string;
  pageStart: number;
  pageEnd: number;
  text: string;
}

/** One sentence of a source, or two in a row (a claim often fuses a statement and its condition). */
export interface EvidenceWindow {
  source: EvidenceSource;
  text: string;
  sentences: 1 | 2;
  features: TextFeatures;
}

export function evidenceWindows(sources: readonly EvidenceSource[]): EvidenceWindow[] {
  const windows: EvidenceWindow[] = [];
  for (const source of sources) {
    const sentences = splitSentences(source.text)
      .map((sentence) => ({ ...sentence, features: textFeatures(sentence.text) }))
      .filter((sentence) => sentence.features.terms.length > 0);
    sentences.forEach((sentence, i) => {
      windows.push({ source, text: sentence.text, sentences: 1, features: sentence.features });
      const next = sentences[i + 1];
      if (!next) return;
      const pair = source.text.slice(sentence.start, next.end);
      windows.push({ source, text: pair, sentences: 2, features: textFeatures(pair) });
    });
  }
  return windows;
}
