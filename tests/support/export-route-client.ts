import { GET as exportConversation } from "@/app/api/conversations/[id]/export/route";
import { getDefaultIdentity, requestAs, TEST_ORIGIN, type TestIdentity } from "./test-identity";

/** GET /api/conversations/[id]/export in-process, as `identity` (the harness's admin by default). */
export function exportApiAs(identity?: TestIdentity) {
  const as = () => identity ?? getDefaultIdentity();
  return {
    get: (conversationId: string, format?: string) =>
      exportConversation(
        requestAs(
          as(),
          `${TEST_ORIGIN}/api/conversations/${encodeURIComponent(conversationId)}/export${format === undefined ? "" : `?format=${encodeURIComponent(format)}`}`,
        ),
        { params: Promise.resolve({ id: conversationId }) },
      ),
  };
}
