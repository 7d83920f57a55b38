import { DELETE as deleteFeedback, PUT as putFeedback } from "@/app/api/answers/[id]/feedback/route";
import { GET as listFeedback } from "@/app/api/feedback/route";
import { getDefaultIdentity, requestAs, TEST_ORIGIN, type TestIdentity } from "./test-identity";

const context = (id: string) => ({ params: Promise.resolve({ id }) });

/** The feedback routes in-process, as `identity` (the harness's admin by default). */
export function feedbackApiAs(identity?: TestIdentity) {
  const as = () => identity ?? getDefaultIdentity();
  const feedbackUrl = (answerId: string) =>
    `${TEST_ORIGIN}/api/answers/${encodeURIComponent(answerId)}/feedback`;
  return {
    put: (answerId: string, body: unknown) =>
      putFeedback(
        requestAs(as(), feedbackUrl(answerId), {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
        context(answerId),
      ),
    remove: (answerId: string) =>
      deleteFeedback(requestAs(as(), feedbackUrl(answerId), { method: "DELETE" }), context(answerId)),
    list: (query: Record<string, string> = {}) =>
      listFeedback(requestAs(as(), `${TEST_ORIGIN}/api/feedback?${new URLSearchParams(query)}`)),
  };
}
