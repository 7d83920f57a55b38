import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, databasePath, openDatabase } from "@/db/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { CLI_ACTOR, SYSTEM_ACTOR } from "@/lib/audit/audit-event";
import { auditRowHash, GENESIS_HASH } from "@/lib/audit/audit-hash";
import type { StoredAuditRow } from "@/lib/audit/find-chain-break";
import { type CliResult, runQuireCli } from "../support/run-quire-cli";
import { makeTempDir } from "../support/temp-dir";

const temp = makeTempDir("quire-audit-cli-");
const original = path.join(temp.dir, "original");
const DAY = 86_400_000;
const START = Date.parse("2026-03-01T12:00:00Z");
const quire = (dataDir: string, args: string[]): Promise<CliResult> =>
  runQuireCli(["audit", ...args], { QUIRE_DATA_DIR: dataDir, OLLAMA_HOST: "http://127.0.0.1:9" }, 120_000);

/** Six events on six consecutive days; details with commas, quotes and a line break test CSV quoting. */
beforeAll(() => {
  const db = openDatabase(databasePath(original));
  try {
    for (let day = 0; day < 6; day += 1) {
      appendAuditEvent(
        { db },
        {
          action: day % 2 === 0 ? "document.upload" : "grant.add",
          actor: day % 2 === 0 ? SYSTEM_ACTOR : CLI_ACTOR,
          target: { type: "document", id: `d-${day}` },
          details: { note: `day ${day}, "quoted"\nsecond line`, n: day },
        },
        new Date(START + day * DAY),
      );
    }
  } finally {
    closeDatabase(db);
  }
});

afterAll(() => temp.remove());

let copies = 0;
/** A copy of the intact trail, tampered with as someone with write access to the file would. */
function tampered(sql: string): string {
  copies += 1;
  const dir = path.join(temp.dir, `copy-${copies}`);
  fs.mkdirSync(dir);
  fs.copyFileSync(databasePath(original), databasePath(dir));
  const sqlite = new Database(databasePath(dir));
  try {
    sqlite.exec(
      "DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete;",
    );
    sqlite.exec(sql);
  } finally {
    sqlite.close();
  }
  return dir;
}

describe("audit verify", { timeout: 300_000 }, () => {
  it("says the trail is intact and exits 0", async () => {
    const result = await quire(original, ["verify"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toMatch(/^audit trail intact: 6 events, head [0-9a-f]{64}$/);
  });

  it("refuses UPDATE and DELETE on the table while its triggers stand", () => {
    const sqlite = new Database(databasePath(original));
    try {
      expect(() => sqlite.exec("UPDATE audit_events SET action = 'x' WHERE id = 1")).toThrow(/append-only/);
      expect(() => sqlite.exec("DELETE FROM audit_events WHERE id = 1")).toThrow(/append-only/);
    } finally {
      sqlite.close();
    }
  });

  const SWAP_CONTENT = `
    CREATE TEMP TABLE a AS SELECT * FROM audit_events WHERE id IN (2, 3);
    UPDATE audit_events SET (at, actor_id, actor_label, action, target_type, target_id, details, prev_hash, hash) =
      (SELECT at, actor_id, actor_label, action, target_type, target_id, details, prev_hash, hash FROM a WHERE a.id = 5 - audit_events.id)
      WHERE id IN (2, 3);`;

  it.each([
    ["an edited action", "UPDATE audit_events SET action = 'ask' WHERE id = 3", 3],
    ["edited details", `UPDATE audit_events SET details = '{"n":99}' WHERE id = 2`, 2],
    ["an edited actor", "UPDATE audit_events SET actor_label = 'someone@example.org' WHERE id = 4", 4],
    ["an edited time", "UPDATE audit_events SET at = at + 1 WHERE id = 1", 1],
    ["a deleted middle row", "DELETE FROM audit_events WHERE id = 3", 4],
    ["a deleted first row", "DELETE FROM audit_events WHERE id = 1", 2],
    ["a deleted newest row", "DELETE FROM audit_events WHERE id = 6", 6],
    ["the two newest rows deleted", "DELETE FROM audit_events WHERE id >= 5", 5],
    ["two rows' contents swapped", SWAP_CONTENT, 2],
    [
      "two rows' ids swapped",
      "UPDATE audit_events SET id = -2 WHERE id = 2; UPDATE audit_events SET id = 2 WHERE id = 3; UPDATE audit_events SET id = 3 WHERE id = -2;",
      2,
    ],
    ["a deleted head", "DELETE FROM settings WHERE key = 'audit_head'", 6],
  ])("reports %s with the row id and exits 1", async (_name, sql, rowId) => {
    const result = await quire(tampered(sql), ["verify"]);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.lastLine).toMatch(new RegExp(`^audit trail broken at row ${rowId}: \\w+$`));
  });

  it("reports a row whose hash was recomputed after an edit at the next row, also as JSON", async () => {
    const sqlite = new Database(databasePath(original), { readonly: true });
    const row = sqlite.prepare("SELECT * FROM audit_events WHERE id = 3").get() as Record<
      string,
      string | number | null
    >;
    sqlite.close();
    const text = (value: string | number | null | undefined) => (value == null ? null : String(value));
    const forged = auditRowHash(String(row.prev_hash), {
      id: 3,
      at: Number(row.at),
      actorId: text(row.actor_id),
      actorLabel: String(row.actor_label),
      action: String(row.action),
      targetType: text(row.target_type),
      targetId: "d-forged",
      details: text(row.details),
    });
    const dir = tampered(`UPDATE audit_events SET target_id = 'd-forged', hash = '${forged}' WHERE id = 3`);
    const result = await quire(dir, ["verify", "--json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.lastLine)).toMatchObject({
      intact: false,
      break: { rowId: 4, problem: "missing_before" },
    });
  });
});

/** RFC 4180, enough for the export: quoted fields with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += c;
  }
  return rows;
}

type Exported = StoredAuditRow;

/** Re-hashes exported rows: each must prove itself and follow the one before it. */
function expectChained(rows: Exported[]): void {
  rows.forEach((row, index) => {
    expect(auditRowHash(row.prevHash, row)).toBe(row.hash);
    if (index > 0) expect(row.prevHash).toBe(rows[index - 1]?.hash);
  });
}

describe("audit export", { timeout: 300_000 }, () => {
  it("writes JSON lines for an inclusive date range that re-verify", async () => {
    const result = await quire(original, [
      "export",
      "--from",
      "2026-03-02",
      "--to",
      "2026-03-04",
      "--format",
      "jsonl",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Exported);
    expect(rows.map((row) => row.id)).toEqual([2, 3, 4]);
    expect(rows[0]).toMatchObject({ action: "grant.add", actorLabel: "cli", targetId: "d-1" });
    expectChained(rows);
  });

  it("writes CSV with a header and quoted fields to --out, round-tripping every field", async () => {
    const out = path.join(temp.dir, "export.csv");
    const result = await quire(original, [
      "export",
      "--from",
      "2026-03-01T00:00:00Z",
      "--to",
      "2026-03-06T23:59:59Z",
      "--format",
      "csv",
      "--out",
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const [header, ...lines] = parseCsv(fs.readFileSync(out, "utf8"));
    expect(header).toEqual([
      "id",
      "at",
      "atIso",
      "actorId",
      "actorLabel",
      "action",
      "targetType",
      "targetId",
      "details",
      "prevHash",
      "hash",
    ]);
    const rows = lines.map((cells): Exported => {
      const cell = (name: string) => cells[header?.indexOf(name) ?? -1] ?? "";
      const nullable = (name: string) => (cell(name) === "" ? null : cell(name));
      return {
        id: Number(cell("id")),
        at: Number(cell("at")),
        actorId: nullable("actorId"),
        actorLabel: cell("actorLabel"),
        action: cell("action"),
        targetType: nullable("targetType"),
        targetId: nullable("targetId"),
        details: nullable("details"),
        prevHash: cell("prevHash"),
        hash: cell("hash"),
      };
    });
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    expect(JSON.parse(rows[0]?.details ?? "{}")).toEqual({ n: 0, note: 'day 0, "quoted"\nsecond line' });
    expectChained(rows);
  });

  it.each([
    [["--from", "2026-02-30", "--to", "2026-03-01", "--format", "jsonl"], /--from/],
    [["--from", "yesterday", "--format", "csv"], /--from/],
    [["--to", "2026-03-01T10:00", "--format", "csv"], /--to/],
    [["--from", "2026-03-05", "--to", "2026-03-01", "--format", "csv"], /after/],
    [["--format", "xml"], /--format/],
  ])("refuses %j with exit code 2", async (args, message) => {
    const result = await quire(original, ["export", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
