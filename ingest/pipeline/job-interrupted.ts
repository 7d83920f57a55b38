/**
 * Why a running job stopped before finishing, carried as an AbortSignal reason.
 *   cancelled - a user cancelled it: remove what it indexed, then release the job
 *   deleted   - its document was deleted: remove anything written after the delete
 *   taken     - another worker holds it now: touch nothing
 *   shutdown  - this worker is stopping: hand the job back to the queue as it is
 */
export type InterruptionKind = "cancelled" | "deleted" | "taken" | "shutdown";

export class JobInterrupted extends Error {
  readonly kind: InterruptionKind;

  constructor(kind: InterruptionKind) {
    super(`job interrupted: ${kind}`);
    this.name = "JobInterrupted";
    this.kind = kind;
  }
}

export function interruptionOf(error: unknown, signal?: AbortSignal): JobInterrupted | null {
  if (error instanceof JobInterrupted) return error;
  if (signal?.aborted && signal.reason instanceof JobInterrupted) return signal.reason;
  return null;
}
