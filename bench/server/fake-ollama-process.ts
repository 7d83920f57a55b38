import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "../../tests/support/free-port";

export interface FakeOllamaProcess {
  url: string;
  stop: () => Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

/**
 * The fake Ollama in a process of its own: the benchmark's own HTTP clients (autocannon
 * above all) then never delay its answers by sharing its event loop.
 */
export async function startFakeOllamaProcess(): Promise<FakeOllamaProcess> {
  const port = await freePort();
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child: ChildProcess = spawn(tsx, ["tests/fake-ollama/main.ts", "--port", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("fake Ollama did not start")), STARTUP_TIMEOUT_MS);
    child.stdout?.on("data", (data: Buffer) => {
      if (data.toString().includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`fake Ollama exited (${code})`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.pid === undefined || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // The group: tsx runs the server in a child of its own.
      process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}
