const FORMATS = [
  { format: "md", label: "Markdown" },
  { format: "pdf", label: "PDF" },
] as const;

/** Downloads of the whole conversation with its sources; plain links, so they work without scripts. */
export function ExportConversation({ conversationId }: { conversationId: string }) {
  const base = `/api/conversations/${encodeURIComponent(conversationId)}/export`;
  return (
    <nav className="export-conversation" aria-label="Export this conversation">
      <span className="export-conversation-label">Export</span>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          className="button button-small button-quiet"
          href={`${base}?format=${format}`}
          download
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
