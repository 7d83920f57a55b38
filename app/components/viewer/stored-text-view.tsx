"use client";

import { useEffect, useRef } from "react";
import { type StoredBlock, splitBlocks } from "./split-blocks";

interface StoredTextViewProps {
  text: string;
  blocks: readonly StoredBlock[];
  span: { start: number; end: number } | null;
}

/** Headings under the dialog's own h2. */
function headingTag(level: number): "h3" | "h4" | "h5" | "h6" {
  const tags = ["h3", "h4", "h5", "h6"] as const;
  return tags[Math.min(Math.max(level, 1), tags.length) - 1] ?? "h6";
}

/**
 * A page as ingestion read it, headings as headings and paragraphs as paragraphs, with the
 * cited words in a <mark>: the view for formats without a page image, and for scanned PDF pages.
 */
export function StoredTextView({ text, blocks, span }: StoredTextViewProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const rendered = splitBlocks(text, blocks, span);

  useEffect(() => {
    if (!span) return;
    rootRef.current?.querySelector("mark")?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [span]);

  return (
    <div ref={rootRef} className="viewer-stored-text" data-testid="viewer-stored-text">
      {rendered.map((block, b) => {
        const content = block.parts.map((part, p) =>
          part.marked ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed slices of one immutable text
            <mark key={p} className="viewer-mark" data-testid="viewer-highlight">
              {part.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <span key={p}>{part.text}</span>
          ),
        );
        if (block.kind === "heading") {
          const Heading = headingTag(block.level);
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are fixed slices of one immutable text
          return <Heading key={b}>{content}</Heading>;
        }
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        return <p key={b}>{content}</p>;
      })}
    </div>
  );
}
