/** What extraction left out of a ready document, as a caution under its status: usable, but incomplete. */
export function DocumentNotice({ lines }: { lines: string[] }) {
  return (
    <span className="document-notice" role="note" data-testid="document-notice">
      {lines.map((line) => (
        <span key={line} className="document-notice-line">
          {line}
        </span>
      ))}
    </span>
  );
}
