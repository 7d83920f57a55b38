"use client";

import Link from "next/link";
import { useEffect } from "react";

interface ErrorPageProps {
  error: unknown;
  retry: () => void;
}

/** Shows a reference the administrator can find in the server logs, never the error itself. */
function errorReference(error: unknown): string | null {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") return error.digest;
  return null;
}

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const reference = errorReference(error);

  useEffect(() => {
    // Kept in the browser console for whoever is debugging; not shown on the page.
    console.error(error);
  }, [error]);

  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="status-page" role="alert">
        <h1>Something went wrong</h1>
        <p>This page could not be shown. Your documents are not affected. Please try again.</p>
        {reference && (
          <p className="hint">
            If this keeps happening, give your administrator this reference: <code>{reference}</code>
          </p>
        )}
        <p className="status-page-actions">
          <button type="button" className="button button-primary" onClick={() => retry()}>
            Try again
          </button>
          <Link href="/" className="button button-secondary">
            Go to Ask
          </Link>
        </p>
      </div>
    </main>
  );
}
