/** Ollama treats "nomic-embed-text" and "nomic-embed-text:latest" as the same model. */
export function withDefaultTag(name: string): string {
  const lastSegment = name.slice(name.lastIndexOf("/") + 1);
  return lastSegment.includes(":") ? name : `${name}:latest`;
}

export function sameModel(left: string, right: string): boolean {
  return withDefaultTag(left) === withDefaultTag(right);
}
