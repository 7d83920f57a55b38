/** Titles that templates and converters fill in by themselves; they say nothing about the file. */
const PLACEHOLDER_TITLES =
  /^(powerpoint presentation|presentation\d*|untitled( document)?|document\d*|slide \d+|title|microsoft word - .*)$/i;

/** A title from file metadata, or undefined when it is empty or a tool's placeholder. */
export function meaningfulTitle(title: string | undefined | null): string | undefined {
  const trimmed = title?.trim();
  return trimmed && !PLACEHOLDER_TITLES.test(trimmed) ? trimmed : undefined;
}
