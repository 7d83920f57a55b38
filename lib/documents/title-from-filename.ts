const MAX_TITLE = 200;

/** A display title from an uploaded file's name: no directories, no control characters, bounded length. */
export function titleFromFilename(filename: string, options: { keepExtension?: boolean } = {}): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  const withoutExtension = options.keepExtension ? clean : clean.replace(/\.[A-Za-z0-9]{1,8}$/, "");
  const title = withoutExtension.replace(/[_]+/g, " ").replace(/\s+/g, " ").trim();
  return (title || "Untitled").slice(0, MAX_TITLE);
}
