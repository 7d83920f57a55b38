/** A few queries in flight keep LanceDB's native threads busy while JavaScript scores results. */
const CONCURRENT_QUERIES = 4;
const PROGRESS_EVERY = 50;

/**
 * Runs `evaluate` over every query, a few at a time, keeping the results in query order and
 * reporting progress every 50 queries and at the end.
 */
export async function mapQueries<Q, R>(
  queries: readonly Q[],
  evaluate: (query: Q) => Promise<R>,
  onDone: (done: number, total: number) => void,
): Promise<R[]> {
  const results: R[] = new Array(queries.length);
  let next = 0;
  let done = 0;
  const work = async () => {
    for (let index = next++; index < queries.length; index = next++) {
      const query = queries[index];
      if (query === undefined) continue;
      results[index] = await evaluate(query);
      done++;
      if (done % PROGRESS_EVERY === 0 || done === queries.length) onDone(done, queries.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_QUERIES, queries.length) }, work));
  return results;
}
