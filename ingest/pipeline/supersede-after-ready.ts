import { supersedePreviousVersions } from "@/lib/documents/supersede-previous-versions";
import type { PipelineDeps } from "./pipeline-types";

/**
 * A new version that just became ready replaces the older versions of the same source (when
 * its effective date has come). Failing here must not undo the ready document: the worker's
 * periodic pass over due versions tries again.
 */
export async function supersedeAfterReady(deps: PipelineDeps, documentId: string): Promise<void> {
  try {
    await supersedePreviousVersions(deps, documentId);
  } catch (error) {
    console.warn(`[quire-worker] could not retire older versions of ${documentId}`, error);
  }
}
