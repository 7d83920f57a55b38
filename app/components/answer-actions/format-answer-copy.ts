import { sourceReference } from "@/lib/exports/source-reference";
import type { AskSource } from "../api/types";

interface CopiedAnswer {
  answer: string;
  sources: AskSource[];
  /** Numbers of the sources the answer cites; only those are listed under it. */
  cited: ReadonlySet<number> | readonly number[];
}

/**
 * The answer as plain text for pasting elsewhere: its `[n]` markers kept, followed by the
 * sources they point to ("[1] Clinic handbook, page 4"), so the citations still mean something
 * outside Quire.
 */
export function formatAnswerCopy({ answer, sources, cited }: CopiedAnswer): string {
  const citedSet = new Set(cited);
  const text = answer.replace(/\r\n?/g, "\n").trim();
  const references = sources
    .filter((source) => citedSet.has(source.n))
    .sort((a, b) => a.n - b.n)
    .map(sourceReference);
  if (references.length === 0) return text;
  return `${text}\n\nSources:\n${references.join("\n")}`;
}
