/**
 * `npm start`: validates config, applies migrations, builds the web app if the build is
 * missing or older than the sources, then runs the web server and the ingest worker
 * side by side, restarting the worker if it dies. With no users yet it says how to create
 * the first admin.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { closeDatabase, databasePath, openDatabase } from "@/db/client";
import { firstAdminNotice } from "@/lib/auth/users/first-admin-notice";
import { loadConfig } from "@/lib/config";
import { isAppError } from "@/lib/errors/app-error";
import { createLlmClient, llmClientOptionsFromConfig } from "@/lib/llm";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const dev = process.argv.includes("--dev");

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * When the last build started: a source saved while a build runs may or may not be in it, so
 * the build counts as current only for sources older than its start (BUILD_ID, written at the
 * end, is the fallback for builds made by `npm run build`).
 */
const buildStartedStamp = path.join(root, ".next", "quire-build-started");

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.existsSync(buildStartedStamp)
    ? fs.statSync(buildStartedStamp).mtimeMs
    : fs.statSync(buildId).mtimeMs;
  const sources = ["app", "lib", "db", "proxy.ts", "next.config.ts", "package.json"].map((p) =>
    path.join(root, p),
  );
  return sources.every(
    (p) =>
      !fs.existsSync(p) ||
      (fs.statSync(p).isDirectory() ? newestSourceMtime(p) : fs.statSync(p).mtimeMs) <= built,
  );
}

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    console.error(isAppError(error) ? `Quire cannot start. ${error.message}` : error);
    process.exit(1);
  }
}

async function reportModelHost(config: ReturnType<typeof loadConfig>): Promise<void> {
  const llm = createLlmClient(llmClientOptionsFromConfig(config));
  const host = await llm.checkHost();
  if (!host.ok) {
    console.warn(
      `[quire] The model host at ${config.ollamaHost} is unreachable (${host.error ?? "no answer"}).\n` +
        "        Quire starts anyway: uploads and keyword search work; answers and semantic search resume when it is back.",
    );
    return;
  }
  for (const name of [config.chatModel, config.embedModel]) {
    const model = await llm.describeModel(name).catch(() => null);
    if (model && !model.present)
      console.warn(`[quire] Model ${name} is not on ${config.ollamaHost}: run "ollama pull ${name}" there.`);
  }
  console.log(`[quire] Model host ${config.ollamaHost} is reachable (Ollama ${host.version ?? "?"}).`);
}

function startWorker(
  env: NodeJS.ProcessEnv,
  restarts = 0,
): { current: ChildProcess | null; stop: () => void } {
  const holder: { current: ChildProcess | null; stopped: boolean } = { current: null, stopped: false };
  const launch = (attempt: number) => {
    const child = spawn(bin("tsx"), [path.join(root, "ingest", "worker-main.ts")], { stdio: "inherit", env });
    holder.current = child;
    const startedAt = Date.now();
    child.on("exit", (code, signal) => {
      if (holder.stopped) return;
      const next = Date.now() - startedAt > 60_000 ? 0 : attempt + 1;
      const delay = Math.min(30_000, 1_000 * 2 ** next);
      console.error(`[quire] worker exited (${signal ?? code}); restarting in ${delay / 1000}s`);
      setTimeout(() => launch(next), delay);
    });
  };
  launch(restarts);
  return {
    get current() {
      return holder.current;
    },
    stop() {
      holder.stopped = true;
      holder.current?.kill("SIGTERM");
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const db = openDatabase(databasePath(config.dataDir));
  const notice = firstAdminNotice({ db });
  closeDatabase(db);

  if (!dev && !buildIsCurrent()) {
    console.log("[quire] Building the web app (first start or sources changed)...");
    const startedAt = new Date();
    const build = spawnSync(bin("next"), ["build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
    fs.writeFileSync(buildStartedStamp, `${startedAt.toISOString()}\n`);
    fs.utimesSync(buildStartedStamp, startedAt, startedAt);
  }
  await reportModelHost(config);

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", QUIRE_DATA_DIR: config.dataDir };
  const worker = startWorker(env);
  const web = spawn(bin("next"), [dev ? "dev" : "start", "-p", String(config.port), "-H", config.bind], {
    stdio: "inherit",
    env,
  });
  console.log(
    `[quire] Quire is starting at http://${config.bind === "0.0.0.0" ? "localhost" : config.bind}:${config.port}`,
  );
  if (notice) console.log(notice);

  const shutdown = () => {
    worker.stop();
    web.kill("SIGTERM");
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  web.on("exit", (code) => {
    worker.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error("[quire] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
