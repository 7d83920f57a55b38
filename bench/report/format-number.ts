/** Three significant figures at most, grouped thousands, no exponent: readable at a glance in a table. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  if (magnitude >= 100) return Math.round(value).toLocaleString("en-US");
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  if (magnitude === 0) return "0";
  return value.toPrecision(2);
}

/** value ÷ baseline, or null when there is nothing to divide by. */
export function ratioOf(value: number, baseline: number | null): number | null {
  if (baseline === null || baseline === 0 || !Number.isFinite(baseline)) return null;
  return value / baseline;
}

/** Always with decimals below 100, so an exact 1 reads as a ratio (1.00×), not a count. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null) return "—";
  const magnitude = Math.abs(ratio);
  const text =
    magnitude >= 100 ? Math.round(ratio).toLocaleString("en-US") : ratio.toFixed(magnitude >= 10 ? 1 : 2);
  return `${text}×`;
}
