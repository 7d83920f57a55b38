import type { EmbedKind } from "./types";

interface PrefixRule {
  matches: (baseName: string) => boolean;
  query: string;
  document: string;
}

/** The BGE-style instruction mxbai-embed-large and snowflake-arctic-embed (v1) were trained with. */
const RETRIEVAL_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

/**
 * Asymmetric retrieval models were trained with task prefixes in the text itself; without them
 * query-to-passage similarity drops noticeably. Models not listed get no prefix.
 */
const PREFIX_RULES: PrefixRule[] = [
  {
    matches: (name) => name.startsWith("nomic-embed-text"),
    query: "search_query: ",
    document: "search_document: ",
  },
  { matches: (name) => /(^|[-_])e5([-_]|$)/.test(name), query: "query: ", document: "passage: " },
  { matches: (name) => name.startsWith("mxbai-embed-large"), query: RETRIEVAL_INSTRUCTION, document: "" },
  {
    matches: (name) => name.startsWith("snowflake-arctic-embed") && !name.includes("embed2"),
    query: RETRIEVAL_INSTRUCTION,
    document: "",
  },
];

/** "hf.co/org/Multilingual-E5-Large:Q8_0" -> "multilingual-e5-large". */
export function modelBaseName(model: string): string {
  const lastSegment = model.slice(model.lastIndexOf("/") + 1);
  return lastSegment.split(":")[0]?.toLowerCase() ?? "";
}

export function embeddingPrefix(model: string, kind: EmbedKind): string {
  const baseName = modelBaseName(model);
  const rule = PREFIX_RULES.find((candidate) => candidate.matches(baseName));
  if (!rule) return "";
  return kind === "query" ? rule.query : rule.document;
}
