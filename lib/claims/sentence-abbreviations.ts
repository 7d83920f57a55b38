/**
 * Words that end with a period without ending a sentence, compared lowercase without the final
 * period. The same list the chunker uses (ingest/chunk/split-sentences.ts), plus clinical and
 * dosing abbreviations a model writes in answers ("approx.", "tab.", "b.i.d"). "etc" is absent on
 * purpose: it usually does end a sentence.
 */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `al approx apr aug b.i.d ca cf ch co corp dec dept dr e.g eq eqs esp est feb fig figs i.e inc incl jan jr
  jul jun ltd mar max min mr mrs ms mt no nos nov oct p pp prof ref refs resp sec sect sep sept sr st
  tab tabs t.i.d q.d vol vols vs viz wt`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
