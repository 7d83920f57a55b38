"use client";

import { useEffect } from "react";
import { ExportConversation } from "../answer-actions/export-conversation";
import { ConversationSidebar } from "../conversations/conversation-sidebar";
import { useConversationList } from "../conversations/use-conversation-list";
import { useConversationThread } from "../conversations/use-conversation-thread";
import { AnswerPanel } from "./answer-panel";
import type { AskState } from "./ask-state";
import { LibraryNotice } from "./library-notice";
import { QuestionForm } from "./question-form";
import { useAskStream } from "./use-ask-stream";
import { useLibrarySummary } from "./use-library-summary";

/** The ask page: conversations on the side, the thread turn by turn, the question box below it. */
export function AskPanel({ initialConversationId = null }: { initialConversationId?: string | null }) {
  const { state, ask, stop, reset } = useAskStream();
  const library = useLibrarySummary();
  const list = useConversationList();
  const thread = useConversationThread(initialConversationId);
  const { adopt, refresh } = { adopt: thread.adopt, refresh: list.refresh };
  const streaming = state.phase === "streaming";

  // The first question's stream names the conversation the server started for it.
  useEffect(() => {
    if (state.conversationId !== null) adopt(state.conversationId);
  }, [state.conversationId, adopt]);

  // A turn starting or ending changes the list's order and counts.
  useEffect(() => {
    if (state.conversationId !== null && state.phase !== "streaming") void refresh();
  }, [state.conversationId, state.phase, refresh]);

  const live = state.phase === "idle" ? null : state;
  const lastTurn: AskState | undefined = live ?? thread.turns.at(-1);
  const canRegenerate =
    !streaming &&
    thread.conversationId !== null &&
    lastTurn?.answerId != null &&
    lastTurn.phase !== "streaming";

  function askQuestion(question: string) {
    if (live) thread.archive(live);
    void ask({
      question,
      ...(thread.conversationId === null ? {} : { conversationId: thread.conversationId }),
    });
  }

  function regenerate() {
    if (!canRegenerate || !lastTurn?.answerId || thread.conversationId === null) return;
    // The new answer takes the last turn's place.
    if (!live) thread.dropLast();
    void ask({
      question: lastTurn.question,
      conversationId: thread.conversationId,
      regenerate: lastTurn.answerId,
    });
  }

  function openConversation(id: string | null) {
    reset();
    void thread.open(id);
  }

  async function deleteConversation(id: string): Promise<boolean> {
    const deleted = await list.remove(id);
    if (deleted && id === thread.conversationId) openConversation(null);
    return deleted;
  }

  const regenerateButton = canRegenerate ? (
    <div className="turn-actions">
      <button
        type="button"
        className="button button-small button-quiet"
        data-testid="regenerate"
        onClick={regenerate}
      >
        Regenerate
      </button>
    </div>
  ) : null;

  return (
    <div className="ask-layout">
      <ConversationSidebar
        conversations={list.conversations}
        currentId={thread.conversationId}
        error={list.error}
        onOpen={(id) => openConversation(id)}
        onNew={() => openConversation(null)}
        onRename={list.rename}
        onDelete={deleteConversation}
      />
      <div className="ask-main">
        <LibraryNotice summary={library} />
        {thread.error && <p className="notice notice-error">{thread.error}</p>}
        {(thread.turns.length > 0 || live) && (
          <ol className="conversation-thread" aria-label="Conversation" data-testid="conversation-thread">
            {thread.turns.map((turn, i) => (
              <li key={turn.answerId ?? `turn-${i}`} className="conversation-turn">
                <AnswerPanel
                  state={turn}
                  actions={!live && i === thread.turns.length - 1 ? regenerateButton : null}
                />
              </li>
            ))}
            {live && (
              <li className="conversation-turn">
                <AnswerPanel state={live} actions={regenerateButton} />
              </li>
            )}
          </ol>
        )}
        {thread.conversationId !== null && <ExportConversation conversationId={thread.conversationId} />}
        <QuestionForm
          streaming={streaming}
          followUp={thread.conversationId !== null}
          onAsk={askQuestion}
          onStop={stop}
        />
      </div>
    </div>
  );
}
