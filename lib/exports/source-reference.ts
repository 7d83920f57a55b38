import { formatPages } from "@/lib/answer/format-pages";

interface ReferencedSource {
  n: number;
  title: string;
  pageStart: number;
  pageEnd: number;
  pageLabel?: string;
  /** A placeholder for a source the reader may no longer see: it has no location to give. */
  unavailable?: true;
}

/** Where the passage is: a slide or sheet by its name, otherwise the page(s). */
export function sourceLocation(source: Omit<ReferencedSource, "n" | "title">): string {
  return source.pageLabel ?? formatPages(source.pageStart, source.pageEnd);
}

/** "Clinic handbook, page 4". */
export function sourceTitleAndLocation(source: Omit<ReferencedSource, "n">): string {
  const title = source.title.replace(/\s+/g, " ").trim() || "Untitled document";
  return source.unavailable ? title : `${title}, ${sourceLocation(source)}`;
}

/** "[1] Clinic handbook, page 4": how a source is named under copied or exported text. */
export function sourceReference(source: ReferencedSource): string {
  return `[${source.n}] ${sourceTitleAndLocation(source)}`;
}
