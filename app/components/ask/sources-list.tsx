"use client";

import type { AskSource } from "../api/types";
import { useShowCitation } from "../viewer/citation-viewer";
import { formatLocation, sourceFileHref } from "./format-pages";
import { OcrBadge } from "./ocr-badge";

interface SourcesListProps {
  sources: AskSource[];
  cited: ReadonlySet<number>;
  /** When the answer abstained these are only the closest passages, not evidence for it. */
  nearestOnly: boolean;
}

export function SourcesList({ sources, cited, nearestOnly }: SourcesListProps) {
  const showCitation = useShowCitation();
  if (sources.length === 0) return null;
  const heading = nearestOnly ? "Nearest passages" : "Sources";
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="section-heading">
        {heading}
      </h2>
      {nearestOnly && (
        <p className="hint">
          The closest passages found in your documents. None of them answered the question.
        </p>
      )}
      <ol className="source-list">
        {sources.map((source) => {
          const isCited = !nearestOnly && cited.has(source.n);
          return (
            <li
              key={source.n}
              value={source.n}
              id={`source-${source.n}`}
              className="source-item"
              data-testid="source-item"
              data-n={source.n}
              data-cited={isCited}
            >
              <span className="source-number" aria-hidden="true">
                {source.n}
              </span>
              <div className="source-body">
                <p className="source-heading">
                  {/* A saved source whose document is gone or out of reach: nothing to open or show. */}
                  {source.unavailable ? (
                    <span className="source-unavailable">{source.title}</span>
                  ) : (
                    <>
                      <a href={sourceFileHref(source)} target="_blank" rel="noopener noreferrer">
                        {source.title}
                        <span className="visually-hidden"> (opens in a new tab)</span>
                      </a>
                      <span className="source-pages">{formatLocation(source)}</span>
                    </>
                  )}
                  {source.ocr && <OcrBadge />}
                  {isCited && <span className="tag tag-cited">Cited</span>}
                </p>
                {source.snippet && <p className="source-snippet">{source.snippet}</p>}
                {showCitation && !source.unavailable && (
                  <button
                    type="button"
                    className="button button-quiet source-show"
                    data-testid="source-show"
                    aria-haspopup="dialog"
                    onClick={(event) =>
                      showCitation({ n: source.n, occurrence: null, returnFocusTo: event.currentTarget })
                    }
                  >
                    Show in document<span className="visually-hidden">: source {source.n}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
