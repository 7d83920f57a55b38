import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./free-port";

export interface QuireServer {
  url: string;
  /** The launcher's process id; the web server and worker run below it. */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts Quire exactly as a user does (`npm start`'s launcher: build if needed, web
 * server and worker) and waits until /api/health answers. Without credentials it answers
 * 401, which is enough to know the server is up.
 */
export async function startQuireServer(
  env: Record<string, string>,
  options: {
    timeoutMs?: number;
    /**
     * Leave NEXT_TELEMETRY_DISABLED to Quire's own launcher instead of setting it here, for the
     * test that proves Quire itself never phones home.
     */
    keepTelemetrySetting?: boolean;
  } = {},
): Promise<QuireServer> {
  const timeoutMs = options.timeoutMs ?? 540_000;
  // A caller may choose the port, for settings that must name Quire's URL before it starts.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const root = process.cwd();
  let log = "";
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    QUIRE_BIND: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (options.keepTelemetrySetting) delete childEnv.NEXT_TELEMETRY_DISABLED;
  const child: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Quire exited early (${child.exitCode}):\n${log}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok || r.status === 401,
      () => false,
    );
    if (ok) break;
    await sleep(500);
  }
  if (Date.now() >= deadline) throw new Error(`Quire did not start in time:\n${log}`);
  return {
    url,
    pid: child.pid ?? 0,
    output: () => log,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        process.kill(-child.pid, "SIGTERM");
        for (let i = 0; i < 50 && child.exitCode === null; i += 1) await sleep(100);
        if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
      }
    },
  };
}
