import { closeDatabase } from "@/db/client";
import { loadConfig } from "@/lib/config";
import { isAppError } from "@/lib/errors/app-error";
import { createServices } from "@/lib/runtime/services";
import { defaultExtractionThreads, runWorker } from "./worker";

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await createServices(config);
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => controller.abort());
  }
  console.log(
    `[quire-worker] started (data: ${config.dataDir}, model host: ${config.ollamaHost}, ` +
      `${defaultExtractionThreads()} extraction thread(s), ${config.extractTimeoutMs / 1000} s / ${config.extractMemoryMb} MB per file)`,
  );
  await runWorker(services, { signal: controller.signal });
  services.store.close();
  closeDatabase(services.db);
  console.log("[quire-worker] stopped");
}

main().catch((error: unknown) => {
  console.error(
    `[quire-worker] fatal: ${isAppError(error) ? error.message : error instanceof Error ? error.stack : String(error)}`,
  );
  process.exit(1);
});
