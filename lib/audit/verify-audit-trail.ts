import { countAuditRows, iterateAuditRows, readAuditHead } from "@/db/queries/audit-events";
import type { Services } from "@/lib/runtime/services";
import { type ChainBreak, findChainBreak } from "./find-chain-break";

export interface AuditVerification {
  intact: boolean;
  events: number;
  head: { id: number; hash: string } | null;
  break: ChainBreak | null;
}

/** Re-hashes every row in id order against the separately kept head. */
export function verifyAuditTrail(services: Pick<Services, "db">): AuditVerification {
  const { db } = services;
  // One read transaction, so rows appended meanwhile by another process cannot disagree with the head.
  return db.$client.transaction((): AuditVerification => {
    const head = readAuditHead(db);
    const found = findChainBreak(iterateAuditRows(db), head);
    return { intact: found === null, events: countAuditRows(db), head, break: found };
  })();
}
