export interface HistoryBudgetInput {
  /** Estimated tokens of each earlier turn as the prompt would carry it, oldest first. */
  turnTokens: readonly number[];
  /** The model's context window in tokens. */
  window: number;
  /** Tokens already spoken for: system prompt, sources, question and the room kept for the answer. */
  committed: number;
  /** The largest share of the window the history may take, even when more is free. */
  maxShare: number;
  /** The stored summary: how many of the oldest turns it stands for, and what it costs. */
  stored: { turns: number; tokens: number } | null;
  /** What a newly written summary may cost. */
  summaryTokens: number;
}

export interface HistoryBudget {
  /** Tokens the history may use. */
  budget: number;
  /** Turns from this index on go into the prompt verbatim; the ones before are left out. */
  keepFrom: number;
  /** How the left-out turns are told to the model: not at all, by the stored summary, or a new one. */
  summary: "none" | "reuse" | "write";
}

/** The most recent turns whose total fits `room`: the index of the oldest one kept. */
function newestThatFit(turnTokens: readonly number[], room: number): number {
  let used = 0;
  let keepFrom = turnTokens.length;
  while (keepFrom > 0) {
    const cost = turnTokens[keepFrom - 1] ?? 0;
    if (used + cost > room) break;
    used += cost;
    keepFrom -= 1;
  }
  return keepFrom;
}

/**
 * Decides how much of a conversation's history goes into the answer prompt. Sources come first
 * (they are already in `committed`); the history gets what is left, up to `maxShare` of the
 * window. Newest turns are kept whole; older ones are covered by the stored summary while it
 * still stands for every turn left out, else by a new summary when there is room for one, else
 * dropped. Pure.
 */
export function budgetHistory(input: HistoryBudgetInput): HistoryBudget {
  const budget = Math.max(
    0,
    Math.min(Math.floor(input.window * input.maxShare), input.window - input.committed),
  );
  const total = input.turnTokens.reduce((sum, cost) => sum + cost, 0);
  if (total <= budget) return { budget, keepFrom: 0, summary: "none" };

  const stored = input.stored;
  if (
    stored !== null &&
    stored.turns > 0 &&
    stored.turns <= input.turnTokens.length &&
    stored.tokens <= budget
  ) {
    const keepFrom = newestThatFit(input.turnTokens, budget - stored.tokens);
    // The summary covers turns [0, stored.turns): usable while nothing after it must be left out.
    if (keepFrom <= stored.turns) return { budget, keepFrom: stored.turns, summary: "reuse" };
  }
  if (input.summaryTokens <= budget) {
    const keepFrom = newestThatFit(input.turnTokens, budget - input.summaryTokens);
    return { budget, keepFrom, summary: "write" };
  }
  return { budget, keepFrom: newestThatFit(input.turnTokens, budget), summary: "none" };
}
