"use client";

interface NewerOlderPagerProps {
  offset: number;
  pageSize: number;
  total: number;
  onOffsetChange: (offset: number) => void;
}

/** Newest-first lists (audit trail, feedback) page back in time with "Older" and forward with "Newer". */
export function NewerOlderPager({ offset, pageSize, total, onOffsetChange }: NewerOlderPagerProps) {
  return (
    <nav className="audit-paging" aria-label="Pages">
      <button
        type="button"
        className="button"
        disabled={offset === 0}
        onClick={() => onOffsetChange(Math.max(0, offset - pageSize))}
      >
        Newer
      </button>
      <button
        type="button"
        className="button"
        disabled={offset + pageSize >= total}
        onClick={() => onOffsetChange(offset + pageSize)}
      >
        Older
      </button>
    </nav>
  );
}
