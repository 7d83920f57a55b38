import type { DocumentStatus } from "@/lib/domain/types";

/** What storing one found file led to: a new document of the batch, or a reason it was skipped. */
export type EntryOutcome =
  | { kind: "stored"; path: string; documentId: string; title: string; status: DocumentStatus }
  /** `documentId` names the library's existing copy when the file was a duplicate. */
  | { kind: "skipped"; path: string; documentId: string | null; reason: string };
