/**
 * Seeded generators, so a cached benchmark table can be regenerated row by row (query
 * vectors are derived from stored rows without reading them back) and runs are comparable.
 */
import { seededRandom } from "../../tests/support/seeded-random";

export type Random = () => number;
// One PRNG for tests and benchmarks: a seed replays the same data in both.
export { seededRandom };

/** A stable seed per (stream, index) pair, so row i never depends on how many rows came before. */
export function seedFor(stream: number, index: number): number {
  return Math.imul(stream ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
}

/** Standard normal via Box-Muller. */
export function gaussian(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function pick<T>(items: readonly T[], random: Random): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError("pick from an empty list");
  return item;
}
