import type { SearchHit } from "@/lib/domain/types";

/** The passage around a hit, for the answer prompt only: the hit's own text, location and citation stay as they are. */
export interface NeighbourContext {
  before: string;
  after: string;
}

export type ContextualHit = SearchHit & { context?: NeighbourContext };

export interface NeighbourTexts {
  before: ReadonlyArray<{ id: string; text: string }>;
  after: ReadonlyArray<{ id: string; text: string }>;
}

/**
 * Gives each hit the text of its adjacent chunks. A neighbour that is itself one of the
 * hits is left out: the prompt shows it as its own source already. Hits without
 * neighbours are returned unchanged.
 */
export function attachNeighbourContext(
  hits: readonly SearchHit[],
  neighbours: ReadonlyMap<string, NeighbourTexts>,
): ContextualHit[] {
  const hitIds = new Set(hits.map((hit) => hit.chunkId));
  const join = (texts: ReadonlyArray<{ id: string; text: string }>) =>
    texts
      .filter((neighbour) => !hitIds.has(neighbour.id))
      .map((neighbour) => neighbour.text.trim())
      .join("\n\n");
  return hits.map((hit) => {
    const around = neighbours.get(hit.chunkId);
    if (!around) return hit;
    const context = { before: join(around.before), after: join(around.after) };
    return context.before === "" && context.after === "" ? hit : { ...hit, context };
  });
}
