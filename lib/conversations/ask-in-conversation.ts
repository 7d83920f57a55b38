import { touchConversation } from "@/db/queries/conversations";
import type { ConversationRow } from "@/db/schema";
import type { ReadScope } from "@/lib/access/read-scope";
import type { AnswerEvent } from "@/lib/answer/answer-events";
import { answerQuestion } from "@/lib/answer/answer-question";
import type { Services } from "@/lib/runtime/services";
import { composeHistory } from "./compose-history";
import { resolveContextWindow } from "./context-window";
import { conversationMasker } from "./conversation-masker";
import type { TurnPlan } from "./plan-turn";
import { rewriteFollowUp } from "./rewrite-follow-up";

/**
 * One turn of a conversation: says which conversation it is, rewrites a follow-up into a
 * standalone search query, then answers with the earlier turns budgeted into the model's
 * window. The conversation's activity time moves on however the turn ends.
 */
export async function* askInConversation(
  services: Pick<Services, "db" | "store" | "llm" | "config">,
  scope: ReadScope,
  input: { conversation: ConversationRow; userId: string; turn: TurnPlan; signal?: AbortSignal },
): AsyncGenerator<AnswerEvent> {
  const { conversation, turn, signal } = input;
  yield { type: "conversation", conversationId: conversation.id, title: conversation.title };
  try {
    const window = await resolveContextWindow(services.llm, services.config.contextSize);
    let searchQuery: string | undefined;
    const mask = conversationMasker(services.db, scope);
    if (turn.history.length > 0) {
      const rewrite = await rewriteFollowUp(services.llm, {
        turns: turn.history,
        question: turn.question,
        numCtx: window,
        signal,
        mask,
      });
      yield { type: "rewrite", ...rewrite };
      searchQuery = rewrite.query;
    }
    yield* answerQuestion(services, scope, {
      question: turn.question,
      signal,
      searchQuery,
      contextSize: window,
      thread: {
        conversationId: conversation.id,
        userId: input.userId,
        ...(turn.replacesAnswerId === undefined ? {} : { replacesAnswerId: turn.replacesAnswerId }),
        ...(turn.history.length === 0
          ? {}
          : {
              composeHistory: (committed: number) =>
                composeHistory(services, {
                  conversation,
                  turns: turn.history,
                  window,
                  committed,
                  signal,
                  mask,
                }),
            }),
      },
    });
  } finally {
    touchConversation(services.db, conversation.id);
  }
}
