import { AppError } from "@/lib/errors/app-error";

const MAX_PATH_LENGTH = 1024;

function unsafe(raw: string, why: string): AppError {
  const shown = raw.length > 120 ? `${raw.slice(0, 117)}...` : raw;
  return new AppError("BAD_REQUEST", `Unsafe import path ${JSON.stringify(raw)}: ${why}`, {
    userMessage: `The import contains an unsafe path (“${shown}”: ${why}); nothing was imported.`,
  });
}

/**
 * Normalises a path taken from an archive entry or a browser folder upload to "a/b/c.txt".
 * Paths that climb out ("..") or are absolute are refused outright: such an entry is either a
 * zip-slip attack or a broken archive, and the whole import is rejected rather than guessed at.
 */
export function normalizeEntryPath(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f]/.test(raw)) throw unsafe(raw, "control characters");
  const slashed = raw.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) throw unsafe(raw, "absolute path");
  const segments = slashed.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.some((segment) => segment === "..")) throw unsafe(raw, "parent-directory reference");
  const normalized = segments.join("/");
  if (normalized === "") throw unsafe(raw, "empty path");
  if (normalized.length > MAX_PATH_LENGTH) throw unsafe(raw, "path too long");
  return normalized;
}

export function baseName(relativePath: string): string {
  return relativePath.split("/").pop() ?? relativePath;
}
