/** `npm run quire -- <command>`: the admin command line. */
import { closeDatabase } from "@/db/client";
import { type Config, loadConfig } from "@/lib/config";
import { startReembed } from "@/lib/embeddings/start-reembed";
import { isAppError } from "@/lib/errors/app-error";
import { checkHealth } from "@/lib/health/check-health";
import { createServices, type Services } from "@/lib/runtime/services";
import { parseImportCommand, runImportCommand } from "./quire/import-command";
import { UsageError } from "./quire/usage-error";
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
`;

type Command = (services: Services, signal: AbortSignal) => Promise<number>;

/** Parses the command line into something to run; usage errors surface before any service opens. */
async function resolveCommand(command: string, rest: string[], config: Config): Promise<Command | null> {
  switch (command) {
    case "status":
      return async (services) => {
        const report = await checkHealth(services);
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
