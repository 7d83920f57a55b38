import { updateDocument } from "@/db/queries/documents";
import type { DocumentRow } from "@/db/schema";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { type AuditJson, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import type { ExtractedDocument } from "@/lib/domain/types";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { DetectionCounts, SensitivePolicy } from "@/lib/pii";
import { addDetectionCounts, describeDetectionCounts } from "@/lib/pii/detection-counts";
import { maskWithPolicy } from "@/lib/pii/mask-with-policy";
import { getSensitivePolicy } from "@/lib/pii/policy-store";
import type { PipelineDeps } from "./pipeline-types";

export interface MaskOutcome {
  extracted: ExtractedDocument;
  /** Placeholders inserted, by kind; null when the collection's policy does not mask before indexing. */
  counts: DetectionCounts | null;
}

/** A too-slow MRN pattern means the text was not scanned: the document fails rather than being indexed unmasked. */
function scanFailed(error: unknown): never {
  if (isAppError(error) && error.details?.reason === "mrn_pattern_too_slow") {
    const pattern = String(error.details.pattern ?? "");
    throw new AppError("UNPROCESSABLE", error.message, {
      userMessage: `The collection's medical record number pattern "${pattern}" took too long on this document, so nothing was indexed; simplify the pattern, then retry the document.`,
      details: { reason: "sensitive_scan" },
      cause: error,
    });
  }
  throw error;
}

function maskDocument(extracted: ExtractedDocument, policy: SensitivePolicy): MaskOutcome {
  const counts: DetectionCounts = {};
  const mask = (text: string): string => {
    const result = maskWithPolicy(text, policy);
    addDetectionCounts(counts, result.counts);
    return result.text;
  };
  // Block by block rather than chunk by chunk: chunk boundaries and overlaps could split a value.
  // Headings are blocks too, so heading paths come out masked.
  const pages = extracted.pages.map((page) => ({
    ...page,
    ...(page.label === undefined ? {} : { label: mask(page.label) }),
    blocks: page.blocks.map((block) => ({ ...block, text: mask(block.text) })),
  }));
  const title = extracted.title === undefined ? {} : { title: mask(extracted.title) };
  return { extracted: { ...extracted, ...title, pages }, counts };
}

/**
 * Applies the collection's mask_before_indexing policy to the extracted text, before anything
 * is chunked, stored or embedded, and records what was masked (kinds and counts, never values)
 * in the document's notice. The stored original file is left as uploaded.
 */
export function maskStage(
  deps: PipelineDeps,
  document: DocumentRow,
  extracted: ExtractedDocument,
): MaskOutcome {
  const policy = getSensitivePolicy(deps, document.collectionId);
  if (policy.action !== "mask_before_indexing") return { extracted, counts: null };
  let outcome: MaskOutcome;
  try {
    outcome = maskDocument(extracted, policy);
  } catch (error) {
    scanFailed(error);
  }
  const summary = describeDetectionCounts(outcome.counts ?? {});
  if (summary !== "") {
    const notice = [...(extracted.notices ?? []), `Sensitive data masked before indexing: ${summary}.`];
    updateDocument(deps.db, document.id, { notice: notice.join("\n") });
    // Kinds and numbers only: the values never leave the masking step.
    const counts: { [kind: string]: AuditJson } = { ...outcome.counts };
    appendAuditEvent(deps, {
      action: "document.sensitive_masked",
      actor: SYSTEM_ACTOR,
      target: { type: "document", id: document.id },
      details: { collectionId: document.collectionId, version: document.version, counts },
    });
  }
  return outcome;
}
