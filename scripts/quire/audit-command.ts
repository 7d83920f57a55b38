import fs from "node:fs";
import { iterateAuditRows } from "@/db/queries/audit-events";
import {
  type AuditExportFormat,
  auditCsvHeader,
  auditCsvLine,
  auditJsonLine,
} from "@/lib/audit/format-audit-export";
import { parseAuditDate } from "@/lib/audit/parse-audit-date";
import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import type { Services } from "@/lib/runtime/services";
import { parseCommandArgs } from "./parse-command-args";
import { choiceFlag } from "./required-flag";
import { UsageError } from "./usage-error";

export type AuditCommand =
  | { action: "verify"; json: boolean }
  | { action: "export"; from?: number; to?: number; format: AuditExportFormat; out?: string };

const FORMATS: readonly AuditExportFormat[] = ["jsonl", "csv"];

function dateFlag(value: string | undefined, flag: "from" | "to"): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseAuditDate(value, flag);
  if (parsed === null) {
    throw new UsageError(
      `audit export: --${flag} must be a date (YYYY-MM-DD) or an ISO timestamp with a zone (got "${value}").`,
    );
  }
  return parsed;
}

export function parseAuditCommand(argv: string[]): AuditCommand {
  const [action, ...rest] = argv;
  if (action === "verify") {
    const { values, positionals } = parseCommandArgs("audit verify", rest, { json: { type: "boolean" } });
    if (positionals.length > 0)
      throw new UsageError(`audit verify: unexpected argument "${positionals[0]}".`);
    return { action, json: values.json === true };
  }
  if (action === "export") {
    const { values, positionals } = parseCommandArgs("audit export", rest, {
      from: { type: "string" },
      to: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
    });
    if (positionals.length > 0)
      throw new UsageError(`audit export: unexpected argument "${positionals[0]}".`);
    const from = dateFlag(values.from, "from");
    const to = dateFlag(values.to, "to");
    if (from !== undefined && to !== undefined && from > to) {
      throw new UsageError("audit export: --from is after --to.");
    }
    const format = choiceFlag("audit export", values.format, "format", FORMATS);
    return {
      action,
      format,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(values.out === undefined ? {} : { out: values.out }),
    };
  }
  throw new UsageError(`audit: expected "audit verify" or "audit export", got "audit ${action ?? ""}".`);
}

/** `quire audit verify|export`. Verify exits 1 and names the first bad row when the chain is broken. */
export function runAuditCommand(services: Services, command: AuditCommand): number {
  if (command.action === "verify") return runVerify(services, command.json);
  return runExport(services, command);
}

function runVerify(services: Services, json: boolean): number {
  const result = verifyAuditTrail(services);
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else if (result.break === null) {
    process.stdout.write(
      `audit trail intact: ${result.events} events, head ${result.head?.hash ?? "none"}\n`,
    );
  } else {
    process.stdout.write(`audit trail broken at row ${result.break.rowId}: ${result.break.problem}\n`);
  }
  return result.intact ? 0 : 1;
}

function runExport(services: Services, command: Extract<AuditCommand, { action: "export" }>): number {
  const fd = command.out === undefined ? 1 : fs.openSync(command.out, "w");
  // Written synchronously row by row: a large range never sits in memory, and nothing is lost at exit.
  const write = (text: string) => fs.writeSync(fd, text);
  let count = 0;
  try {
    if (command.format === "csv") write(auditCsvHeader());
    for (const row of iterateAuditRows(services.db, { from: command.from, to: command.to })) {
      write(command.format === "csv" ? auditCsvLine(row) : auditJsonLine(row));
      count += 1;
    }
  } finally {
    if (command.out !== undefined) fs.closeSync(fd);
  }
  process.stderr.write(`exported ${count} audit events\n`);
  return 0;
}
