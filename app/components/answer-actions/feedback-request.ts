import type { FeedbackReason, FeedbackView } from "@/lib/feedback/feedback-reasons";
import { isRecord } from "../api/guards";
import { requestJson } from "../api/request-json";

function feedbackUrl(answerId: string): string {
  return `/api/answers/${encodeURIComponent(answerId)}/feedback`;
}

export interface RatingChoice {
  rating: "up" | "down";
  reason?: FeedbackReason;
  comment?: string;
}

export async function saveRating(answerId: string, choice: RatingChoice): Promise<FeedbackView> {
  const body = await requestJson(feedbackUrl(answerId), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(choice),
  });
  if (!isRecord(body) || !isRecord(body.feedback)) throw new Error("Unexpected response from the server.");
  return body.feedback as unknown as FeedbackView;
}

export async function clearRating(answerId: string): Promise<void> {
  await requestJson(feedbackUrl(answerId), { method: "DELETE" });
}
