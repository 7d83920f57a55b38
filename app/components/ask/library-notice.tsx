import Link from "next/link";
import type { LibrarySummary } from "./use-library-summary";

/** Guides people whose questions could not be answered yet because nothing is indexed. */
export function LibraryNotice({ summary }: { summary: LibrarySummary | null }) {
  if (!summary || summary.ready > 0) return null;
  if (summary.total === 0) {
    return (
      <div className="empty-state" data-testid="empty-library">
        <h2 className="section-heading">Your library is empty</h2>
        <p>Quire answers only from documents your organisation has added. Add some to get started.</p>
        <Link href="/documents" className="button button-primary">
          Add documents
        </Link>
      </div>
    );
  }
  if (summary.pending === 0) {
    return (
      <p className="notice notice-warning" data-testid="empty-library">
        None of your documents could be processed, so there is nothing to answer from yet.{" "}
        <Link href="/documents">Review your documents</Link>.
      </p>
    );
  }
  return (
    <p className="notice notice-info" data-testid="empty-library">
      Your documents are still being processed. Answers will draw on them once they are ready —{" "}
      <Link href="/documents">see progress</Link>.
    </p>
  );
}
