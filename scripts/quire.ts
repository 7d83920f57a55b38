/** `npm run quire -- <command>`: the admin command line. */

import { closeDatabase } from "@/db/client";
import { allCollections } from "@/lib/access/read-scope";
import { type Config, loadConfig } from "@/lib/config";
import { startReembed } from "@/lib/embeddings/start-reembed";
import { isAppError } from "@/lib/errors/app-error";
import { checkHealth } from "@/lib/health/check-health";
import { createServices, type Services } from "@/lib/runtime/services";
import { parseAuditCommand, runAuditCommand } from "./quire/audit-command";
import { parseCollectionCommand, runCollectionAddCommand } from "./quire/collection-command";
import { parseCollectionPolicyCommand, runCollectionPolicyCommand } from "./quire/collection-policy-command";
import { parseGrantCommand, runGrantCommand } from "./quire/grant-command";
import { parseGroupCommand, runGroupCommand } from "./quire/group-command";
import { parseImportCommand, runImportCommand } from "./quire/import-command";
import { parseTokenCommand, runTokenCommand } from "./quire/token-command";
import { UsageError } from "./quire/usage-error";
import { parseUserCommand, runUserAddCommand } from "./quire/user-command";
import { parseWatchCommand, runWatchCommand } from "./quire/watch-command";

const USAGE = `Usage: npm run quire -- <command>

Commands:
  status     print the health report (database, index, model host, models, pending embeddings)
  reembed    drop all vectors so the worker re-embeds every chunk with QUIRE_EMBED_MODEL
  import <folder|zip> [--collection NAME] [--json FILE] [--no-worker]
             store every file of a folder (recursively) or .zip archive as one batch, process
             it with the ingest worker in this process (--no-worker: leave that to a running
             Quire), show progress on stderr, and end with
             "imported N files: R ready, F failed, S skipped"; --json writes one record per file
  watch <folder> [--collection NAME] [--interval SECONDS] [--once] [--no-worker]
             keep the library in step with a folder: import new files, import changed files as
             new versions, delete documents of deleted files; scans every --interval seconds
             (default 60) and on change, until Ctrl-C; --once scans once and exits

Users and access:
  user add --email EMAIL --role admin|editor|reader [--name NAME] [--password-stdin]
             create a local account; without --password-stdin a strong password is generated
             and printed once on stdout
  group add --name GROUP
  group member --group GROUP --user EMAIL
  collection add --name COLLECTION
             a new collection; only admins can read it until access is granted
  collection policy --collection COLLECTION [--action allow|mask_before_indexing|mask_for_model
             [--kinds email,phone,...] [--mrn NAME=REGEX ...] [--clear-mrn]]
             show the collection's sensitive data policy, or change it (kinds and MRN patterns
             not given are kept)
  grant --collection COLLECTION (--user EMAIL | --group GROUP) --access read|manage
             manage also allows uploading into the collection (editors and admins)
  token create --user EMAIL --scope read|ingest|admin [--label LABEL]
             print a new API token (for Authorization: Bearer) once; only its hash is kept
  token list --user EMAIL
  token revoke --id TOKEN_ID

Audit trail:
  audit verify [--json]
             re-hash the whole trail; exit 0 with "audit trail intact: N events, head HASH",
             or exit 1 with "audit trail broken at row ID: PROBLEM"
  audit export --format jsonl|csv [--from DATE] [--to DATE] [--out FILE]
             the events of a date range (YYYY-MM-DD, both days included, or ISO timestamps
             with a zone), with their hashes so the export can be re-verified; stdout by default
`;

type Command = (services: Services, signal: AbortSignal) => Promise<number>;

/** Parses the command line into something to run; usage errors surface before any service opens. */
async function resolveCommand(command: string, rest: string[], config: Config): Promise<Command | null> {
  switch (command) {
    case "status":
      return async (services) => {
        const report = await checkHealth(services, allCollections());
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return report.status === "ok" ? 0 : 1;
      };
    case "reembed":
      return async (services) => {
        await startReembed(services);
        process.stdout.write(
          `All vectors dropped. The worker re-embeds every chunk with ${services.config.embedModel}; keyword search works meanwhile.\n`,
        );
        return 0;
      };
    case "import": {
      const parsed = await parseImportCommand(rest, config.dataDir);
      return (services, signal) => runImportCommand(services, parsed, signal);
    }
    case "watch": {
      const parsed = await parseWatchCommand(rest, config.dataDir);
      return (services, signal) => runWatchCommand(services, parsed, signal);
    }
    case "user": {
      const parsed = parseUserCommand(rest);
      return (services) => runUserAddCommand(services, parsed);
    }
    case "group": {
      const parsed = parseGroupCommand(rest);
      return async (services) => runGroupCommand(services, parsed);
    }
    case "collection": {
      if (rest[0] === "policy") {
        const policy = parseCollectionPolicyCommand(rest.slice(1));
        return async (services) => runCollectionPolicyCommand(services, policy);
      }
      const parsed = parseCollectionCommand(rest);
      return async (services) => runCollectionAddCommand(services, parsed);
    }
    case "grant": {
      const parsed = parseGrantCommand(rest);
      return async (services) => runGrantCommand(services, parsed);
    }
    case "token": {
      const parsed = parseTokenCommand(rest);
      return async (services) => runTokenCommand(services, parsed);
    }
    case "audit": {
      const parsed = parseAuditCommand(rest);
      return async (services) => runAuditCommand(services, parsed);
    }
    default:
      return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help") {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const config = loadConfig();
  const run = await resolveCommand(command, rest, config);
  if (!run) {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const controller = new AbortController();
  // First Ctrl-C stops cleanly (the worker finishes its current file); a second one exits at once.
  process.once("SIGINT", () => {
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
  });
  process.once("SIGTERM", () => controller.abort());
  const services = await createServices(config);
  try {
    return await run(services, controller.signal);
  } finally {
    services.store.close();
    closeDatabase(services.db);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nRun "npm run quire -- help" for usage.\n`);
      process.exit(2);
    }
    process.stderr.write(
      `${isAppError(error) ? error.userMessage : error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
