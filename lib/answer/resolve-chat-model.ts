import type { ModelRef } from "@/lib/domain/types";
import { AppError } from "@/lib/errors/app-error";
import type { LlmClient } from "@/lib/llm";

/** Name and digest of the chat model as the host has it now; fails clearly when it is not installed. */
export async function resolveChatModel(llm: LlmClient): Promise<ModelRef> {
  const status = await llm.describeModel(llm.chatModel);
  if (!status.present) {
    throw new AppError("MODEL_UNAVAILABLE", `Chat model ${llm.chatModel} is not on ${llm.host}`, {
      userMessage: `The chat model ${llm.chatModel} is not installed on the model host. An administrator can run "ollama pull ${llm.chatModel}" there.`,
    });
  }
  return { name: status.name, digest: status.digest };
}
