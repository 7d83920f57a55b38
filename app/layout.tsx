import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Quire", template: "%s · Quire" },
  description: "Answers from your organisation's own documents, with citations to the page.",
  // An internal tool: keep it out of any search index that might reach it.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

/** The frame every page shares; the signed-in header lives in (library)/layout.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        {children}
        <footer className="site-footer">
          <p>
            Answers are drawn from your organisation&apos;s documents. Check the cited page before acting on
            them.
          </p>
        </footer>
      </body>
    </html>
  );
}
