import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="status-page">
        <h1>Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
        <p className="status-page-actions">
          <Link href="/" className="button button-primary">
            Ask a question
          </Link>
          <Link href="/documents" className="button button-secondary">
            Browse documents
          </Link>
        </p>
      </div>
    </main>
  );
}
