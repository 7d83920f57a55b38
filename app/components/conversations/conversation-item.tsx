"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { ConversationSummary } from "@/lib/conversations/conversation-view";

interface ConversationItemProps {
  conversation: ConversationSummary;
  current: boolean;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => Promise<boolean>;
  onDelete: (id: string) => Promise<boolean>;
}

type Mode = "view" | "renaming" | "confirming-delete";

/** One conversation in the sidebar: open it, rename it in place, or delete it after a confirm step. */
export function ConversationItem({
  conversation,
  current,
  onOpen,
  onRename,
  onDelete,
}: ConversationItemProps) {
  const [mode, setMode] = useState<Mode>("view");
  const [title, setTitle] = useState(conversation.title);
  const [busy, setBusy] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Back from renaming or deleting, focus returns to where the person started.
  useEffect(() => {
    if (mode === "view" && returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [mode]);

  const cancel = () => {
    returnFocus.current = true;
    setTitle(conversation.title);
    setMode("view");
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  };

  async function saveTitle(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === "" || busy) return;
    setBusy(true);
    const saved = trimmed === conversation.title || (await onRename(conversation.id, trimmed));
    setBusy(false);
    if (saved) {
      returnFocus.current = true;
      setMode("view");
    }
  }

  async function confirmDelete() {
    setBusy(true);
    const deleted = await onDelete(conversation.id);
    setBusy(false);
    if (!deleted) setMode("view");
  }

  if (mode === "renaming") {
    return (
      <li className="conversation-item" data-current={current}>
        <form className="conversation-rename" onSubmit={saveTitle} onKeyDown={onKeyDown}>
          <label className="visually-hidden" htmlFor={`rename-${conversation.id}`}>
            Conversation title
          </label>
          <input
            id={`rename-${conversation.id}`}
            className="conversation-rename-input"
            data-testid="conversation-rename-input"
            value={title}
            maxLength={200}
            required
            // The person just pressed Rename: typing goes straight into the title.
            // biome-ignore lint/a11y/noAutofocus: focus follows the person's own action
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="button button-small button-primary" disabled={busy}>
            Save
          </button>
          <button type="button" className="button button-small button-quiet" onClick={cancel}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  if (mode === "confirming-delete") {
    return (
      <li className="conversation-item conversation-confirm" data-current={current} onKeyDown={onKeyDown}>
        <span className="conversation-confirm-text">Delete “{conversation.title}”?</span>
        <button
          type="button"
          className="button button-small button-danger"
          data-testid="conversation-delete-confirm"
          disabled={busy}
          onClick={() => void confirmDelete()}
        >
          Delete
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice has focus when asked to confirm */}
        <button type="button" className="button button-small button-quiet" autoFocus onClick={cancel}>
          Cancel
        </button>
      </li>
    );
  }

  return (
    <li className="conversation-item" data-current={current}>
      <a
        href={`/?c=${encodeURIComponent(conversation.id)}`}
        className="conversation-link"
        data-testid="conversation-link"
        aria-current={current ? "page" : undefined}
        onClick={(event) => {
          // Plain clicks stay on the page; modified ones (new tab) follow the link.
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onOpen(conversation.id);
        }}
      >
        {conversation.title}
      </a>
      <span className="conversation-item-actions">
        <button
          ref={renameButton}
          type="button"
          className="button button-small button-quiet"
          aria-label={`Rename “${conversation.title}”`}
          onClick={() => setMode("renaming")}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Delete “${conversation.title}”`}
          data-testid="conversation-delete"
          onClick={() => setMode("confirming-delete")}
        >
          Delete
        </button>
      </span>
    </li>
  );
}
