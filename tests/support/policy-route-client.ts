import { GET, PUT } from "@/app/api/collections/[id]/policy/route";
import { getDefaultIdentity, requestAs, TEST_ORIGIN, type TestIdentity } from "./test-identity";

/** GET and PUT /api/collections/:id/policy in-process, as `identity` (the harness's admin by default). */
export function policyApiAs(identity?: TestIdentity) {
  const as = () => identity ?? getDefaultIdentity();
  const url = (id: string) => `${TEST_ORIGIN}/api/collections/${encodeURIComponent(id)}/policy`;
  const context = (id: string) => ({ params: Promise.resolve({ id }) });
  return {
    get: (id: string) => GET(requestAs(as(), url(id)), context(id)),
    put: (id: string, body: unknown) =>
      PUT(
        requestAs(as(), url(id), {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        context(id),
      ),
  };
}
