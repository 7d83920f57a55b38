import type { RetrievalMode } from "../api/types";

/** Keyword-only retrieval finds exact wording but misses paraphrases; people should know. */
export function RetrievalModeNotice({ mode }: { mode: RetrievalMode | null }) {
  if (mode !== "keyword") return null;
  return (
    <p className="notice notice-warning" data-testid="retrieval-mode-notice">
      <strong>Semantic search unavailable — keyword results only.</strong> Passages that use different wording
      from your question may have been missed.
    </p>
  );
}
