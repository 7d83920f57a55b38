"use client";

import type { ConversationSummary } from "@/lib/conversations/conversation-view";
import { ConversationItem } from "./conversation-item";

interface ConversationSidebarProps {
  conversations: ConversationSummary[] | null;
  currentId: string | null;
  error: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onRename: (id: string, title: string) => Promise<boolean>;
  onDelete: (id: string) => Promise<boolean>;
}

/** The person's conversations, newest activity first, with the one on screen marked. */
export function ConversationSidebar(props: ConversationSidebarProps) {
  const { conversations, currentId, error } = props;
  return (
    <nav className="conversation-sidebar" aria-label="Conversations" data-testid="conversation-sidebar">
      <button
        type="button"
        className="button button-secondary conversation-new"
        data-testid="new-conversation"
        onClick={props.onNew}
      >
        New conversation
      </button>
      {error && <p className="notice notice-error">{error}</p>}
      {conversations !== null && conversations.length === 0 && (
        <p className="hint">Your conversations will be listed here.</p>
      )}
      <ul className="conversation-list">
        {(conversations ?? []).map((conversation) => (
          <ConversationItem
            key={conversation.id}
            conversation={conversation}
            current={conversation.id === currentId}
            onOpen={props.onOpen}
            onRename={props.onRename}
            onDelete={props.onDelete}
          />
        ))}
      </ul>
    </nav>
  );
}
