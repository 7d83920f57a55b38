import type { Db } from "@/db/client";
import { listCollectionIds } from "@/db/queries/collections";
import { type ReadScope, scopeCollectionIds } from "@/lib/access/read-scope";
import { maskWithPolicy } from "@/lib/pii/mask-with-policy";
import { getSensitivePolicy } from "@/lib/pii/policy-store";

/**
 * Masks text by every mask_for_model policy among the collections the reader may read. The
 * rewrite and the summary send earlier questions to the model before (or apart from) retrieval,
 * so the passages that would pick the policies are not known: all that could apply do. Throws
 * what maskWithPolicy throws (a too-slow MRN pattern): callers then send nothing.
 */
export function conversationMasker(db: Db, scope: ReadScope): (text: string) => string {
  const collectionIds = scopeCollectionIds(scope) ?? listCollectionIds(db);
  const policies = collectionIds
    .map((collectionId) => getSensitivePolicy({ db }, collectionId))
    .filter((policy) => policy.action === "mask_for_model");
  return (text) => policies.reduce((masked, policy) => maskWithPolicy(masked, policy).text, text);
}
