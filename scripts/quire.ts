/** `npm run quire -- <command>`: the admin command line. */
import { closeDatabase } from "@/db/client";
import { loadConfig } from "@/lib/config";
import { startReembed } from "@/lib/embeddings/start-reembed";
import { isAppError } from "@/lib/errors/app-error";
import { checkHealth } from "@/lib/health/check-health";
import { createServices } from "@/lib/runtime/services";

const USAGE = `Usage: npm run quire -- <command>

Commands:
  status     print the health report (database, index, model host, models, pending embeddings)
  reembed    drop all vectors so the worker re-embeds every chunk with QUIRE_EMBED_MODEL
`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === "help" || command === "--help") {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const services = await createServices(loadConfig());
  try {
    switch (command) {
      case "status": {
        const report = await checkHealth(services);
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return report.status === "ok" ? 0 : 1;
      }
      case "reembed": {
        await startReembed(services);
        process.stdout.write(
          `All vectors dropped. The worker re-embeds every chunk with ${services.config.embedModel}; keyword search works meanwhile.\n`,
        );
        return 0;
      }
      default:
        process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } finally {
    services.store.close();
    closeDatabase(services.db);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${isAppError(error) ? error.userMessage : error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
