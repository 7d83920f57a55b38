import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditRecord, auditRowHash, canonicalJson, GENESIS_HASH } from "@/lib/audit/audit-hash";
import { findChainBreak, type StoredAuditRow } from "@/lib/audit/find-chain-break";

function chain(records: Omit<AuditRecord, "id">[]): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let previous = GENESIS_HASH;
  records.forEach((record, index) => {
    const full = { ...record, id: index + 1 };
    const hash = auditRowHash(previous, full);
    rows.push({ ...full, prevHash: previous, hash });
    previous = hash;
  });
  return rows;
}

const event = (action: string, at: number): Omit<AuditRecord, "id"> => ({
  at,
  actorId: "u-1",
  actorLabel: "ana@example.org",
  action,
  targetType: "document",
  targetId: `d-${at}`,
  details: canonicalJson({ pages: at }),
});

const rows = chain([event("upload", 1), event("ask", 2), event("delete", 3), event("ask", 4)]);
const headOf = (list: StoredAuditRow[]) => {
  const last = list.at(-1);
  return last ? { id: last.id, hash: last.hash } : null;
};
const head = headOf(rows);

describe("canonicalJson", () => {
  it("sorts keys at every depth so equal details hash alike", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}',
    );
  });
});

describe("findChainBreak", () => {
  it("accepts an intact chain and an empty one", () => {
    expect(findChainBreak(rows, head)).toBeNull();
    expect(findChainBreak([], null)).toBeNull();
  });

  it.each([
    [
      "an edited action",
      (list: StoredAuditRow[]) => list.map((row) => (row.id === 2 ? { ...row, action: "search" } : row)),
      2,
      "edited",
    ],
    [
      "an edited actor",
      (list: StoredAuditRow[]) => list.map((row) => (row.id === 3 ? { ...row, actorLabel: "x" } : row)),
      3,
      "edited",
    ],
    [
      "a deleted middle row",
      (list: StoredAuditRow[]) => list.filter((row) => row.id !== 2),
      3,
      "missing_before",
    ],
    [
      "a deleted first row",
      (list: StoredAuditRow[]) => list.filter((row) => row.id !== 1),
      2,
      "missing_before",
    ],
    [
      "a deleted last row",
      (list: StoredAuditRow[]) => list.filter((row) => row.id !== 4),
      4,
      "missing_after_head",
    ],
    [
      "two rows swapped by id",
      (list: StoredAuditRow[]) =>
        list
          .map((row) => (row.id === 2 ? { ...row, id: 3 } : row.id === 3 ? { ...row, id: 2 } : row))
          .sort((a, b) => a.id - b.id),
      2,
      "edited",
    ],
    [
      "rows read back out of id order",
      (list: StoredAuditRow[]) => [list[0], list[2], list[1], list[3]] as StoredAuditRow[],
      3,
      "missing_before",
    ],
    [
      "a row whose hash was recomputed after an edit",
      (list: StoredAuditRow[]) =>
        list.map((row) => {
          if (row.id !== 2) return row;
          const edited = { ...row, targetId: "d-other" };
          return { ...edited, hash: auditRowHash(edited.prevHash, edited) };
        }),
      3,
      "missing_before",
    ],
  ])("reports %s at the right row", (_name, tamper, rowId, problem) => {
    expect(findChainBreak(tamper(rows), head)).toEqual({ rowId, problem });
  });

  it("reports rows that exist when no head was recorded", () => {
    expect(findChainBreak(rows, null)).toEqual({ rowId: 4, problem: "head_mismatch" });
  });

  it("catches any single edit, deletion or swap in a random chain (property)", () => {
    const action = fc.constantFrom("sign_in", "upload", "ask", "delete", "grant");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(action, fc.integer({ min: 0, max: 1e12 })), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.constantFrom("edit", "delete", "swap"),
        (events, pick, how) => {
          const original = chain(events.map(([name, at]) => event(name, at)));
          const target = pick % original.length;
          let tampered: StoredAuditRow[];
          if (how === "edit") {
            tampered = original.map((row, index) =>
              index === target ? { ...row, details: '{"pages":-1}' } : row,
            );
          } else if (how === "delete") {
            tampered = original.filter((_, index) => index !== target);
          } else {
            const other = (target + 1) % original.length;
            tampered = original.map((row, index) =>
              index === target
                ? { ...(original[other] as StoredAuditRow), id: row.id }
                : index === other
                  ? { ...(original[target] as StoredAuditRow), id: row.id }
                  : row,
            );
          }
          const found = findChainBreak(tampered, headOf(original));
          expect(found).not.toBeNull();
          const firstAffected =
            original[Math.min(target, how === "swap" ? (target + 1) % original.length : target)];
          if (how !== "delete") expect(found?.rowId).toBe(firstAffected?.id);
        },
      ),
      { numRuns: 500 },
    );
  });
});
