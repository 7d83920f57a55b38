import type { Db } from "@/db/client";
import { getDocument } from "@/db/queries/documents";
import type { SearchHit } from "@/lib/domain/types";
import type { DetectionCounts, SensitivePolicy } from "@/lib/pii";
import { addDetectionCounts } from "@/lib/pii/detection-counts";
import { maskWithPolicy } from "@/lib/pii/mask-with-policy";
import { getSensitivePolicy } from "@/lib/pii/policy-store";

export interface ModelView {
  question: string;
  /** The hits as the model may see them, in the same order. */
  hits: SearchHit[];
  /** Placeholders inserted into the prompt, by kind (kinds and numbers only). */
  counts: DetectionCounts;
}

/**
 * What the model is shown: passages from mask_for_model collections with their sensitive
 * values replaced, each by its own collection's policy. The reader still sees the originals.
 *
 * The question is masked too (by every such policy in turn) as soon as one passage comes from
 * such a collection: people paste the very values the collection hides into their questions.
 *
 * A too-slow MRN pattern throws (AppError UNPROCESSABLE): nothing unscanned goes to the model.
 */
export function maskForModel(services: { db: Db }, question: string, hits: readonly SearchHit[]): ModelView {
  // Looked up once per collection, so each policy runs once over the question.
  const byCollection = new Map<string, SensitivePolicy | null>();
  const policyOf = (documentId: string): SensitivePolicy | null => {
    const collectionId = getDocument(services.db, documentId)?.collectionId;
    if (collectionId === undefined) return null;
    if (!byCollection.has(collectionId)) {
      const policy = getSensitivePolicy(services, collectionId);
      byCollection.set(collectionId, policy.action === "mask_for_model" ? policy : null);
    }
    return byCollection.get(collectionId) ?? null;
  };
  const counts: DetectionCounts = {};
  const mask = (text: string, policy: SensitivePolicy): string => {
    const result = maskWithPolicy(text, policy);
    addDetectionCounts(counts, result.counts);
    return result.text;
  };
  const used = new Set<SensitivePolicy>();
  const masked = hits.map((hit) => {
    const policy = policyOf(hit.documentId);
    if (!policy) return hit;
    used.add(policy);
    return { ...hit, title: mask(hit.title, policy), text: mask(hit.text, policy) };
  });
  let maskedQuestion = question;
  for (const policy of used) maskedQuestion = mask(maskedQuestion, policy);
  return { question: maskedQuestion, hits: masked, counts };
}
