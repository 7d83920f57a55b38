/** Seconds taken by `run`, from a monotonic clock. */
export async function timeSeconds(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}
