/**
 * Ollama digests look like "sha256:<64 hex>" or bare hex. Twelve characters are enough to tell
 * two model builds apart when someone reports which model wrote an answer.
 */
export function shortDigest(digest: string | null | undefined): string | null {
  if (!digest) return null;
  const hex = digest.replace(/^sha256:/i, "");
  return hex.slice(0, 12) || null;
}
