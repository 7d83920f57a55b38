import type { TurnView } from "@/lib/conversations/conversation-view";

/** Why a turn's answer should be read with care, in the words both exports use. */
export function turnNotice(turn: Pick<TurnView, "status" | "abstained">): string | null {
  if (turn.status === "incomplete")
    return "Incomplete: the model host failed before this answer was finished.";
  if (turn.status === "cancelled") return "Stopped: this answer was stopped before it was finished.";
  if (turn.abstained) return "Not found in your documents: no answer was generated from them.";
  return null;
}

/** The rewritten search query, only when it says something the question does not. */
export function searchedFor(turn: Pick<TurnView, "question" | "searchQuery">): string | null {
  const query = turn.searchQuery?.trim();
  if (!query || query === turn.question.trim()) return null;
  return query;
}

/** Each distinct model that wrote an answer, "name (digest)", in the order first used. */
export function modelsUsed(turns: Pick<TurnView, "model">[]): string[] {
  const seen = new Set<string>();
  for (const { model } of turns) seen.add(model.digest ? `${model.name} (${model.digest})` : model.name);
  return [...seen];
}
