/** The Quire mark: a folded gathering of pages. Decorative; the wordmark carries the name. */
export function QuireMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path d="M9 9.5 16 12v11l-7-2.5z" fill="#fff" opacity="0.92" />
      <path d="M23 9.5 16 12v11l7-2.5z" fill="#fff" opacity="0.72" />
    </svg>
  );
}
