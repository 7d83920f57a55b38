import { spawn } from "node:child_process";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { forbiddenEgress, isLoopback, readEgressLog } from "../support/egress/egress-policy";
import { watchProcessSockets } from "../support/egress/watch-process-sockets";
import { makeTempDir } from "../support/temp-dir";

/**
 * The egress test is only as good as its instruments: these cases prove that each one sees a
 * connection to somewhere other than loopback, so a silent monitor cannot pass for a clean run.
 */
const HOOK = path.resolve("tests/support/egress/record-connections.mjs");
const OLLAMA_HOST = "http://ollama.internal:11434";

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function runNode(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", HOOK, "--input-type=module", "-e", script], {
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  return child;
}

function externalIPv4(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
}

describe("egress instruments", () => {
  it.each([
    ["127.0.0.1", true],
    ["localhost", true],
    ["::1", true],
    ["[::1]", true],
    ["::ffff:127.0.0.1", true],
    ["192.0.2.7", false],
    ["fonts.googleapis.com", false],
    ["10.0.0.1", false],
  ])("treats %s as loopback: %s", (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it("allows loopback and the Ollama host only", () => {
    const events = [
      { pid: 1, kind: "tcp" as const, host: "127.0.0.1", port: 3000 },
      { pid: 1, kind: "dns" as const, host: "ollama.internal" },
      { pid: 1, kind: "tcp" as const, host: "ollama.internal", port: 11434 },
      { pid: 1, kind: "tcp" as const, host: "ollama.internal", port: 22 },
      { pid: 1, kind: "dns" as const, host: "telemetry.nextjs.org" },
      { pid: 1, kind: "tcp" as const, host: "203.0.113.9", port: 443 },
    ];
    expect(forbiddenEgress(events, OLLAMA_HOST).map((event) => `${event.host}:${event.port ?? ""}`)).toEqual([
      "ollama.internal:22",
      "telemetry.nextjs.org:",
      "203.0.113.9:443",
    ]);
  });

  it("the connection hook records sockets and lookups made from JavaScript, fetch included", async () => {
    const temp = makeTempDir("quire-egress-hook-");
    cleanups.push(() => temp.remove());
    const log = path.join(temp.dir, "egress.jsonl");
    const script = `
      import net from "node:net";
      const attempt = (socket) => new Promise((done) => { socket.on("error", done); socket.on("connect", () => { socket.destroy(); done(); }); setTimeout(done, 300); });
      await attempt(net.connect(9, "198.51.100.4"));
      await attempt(net.connect({ host: "127.0.0.1", port: 9 }));
      await fetch("http://phone-home.invalid/beacon").catch(() => {});
    `;
    const child = runNode(script, { QUIRE_EGRESS_LOG: log });
    await new Promise((done) => child.on("exit", done));
    const events = readEgressLog(log);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "tcp", host: "198.51.100.4", port: 9 }),
        expect.objectContaining({ kind: "tcp", host: "127.0.0.1", port: 9 }),
        expect.objectContaining({ host: "phone-home.invalid" }),
      ]),
    );
    expect(forbiddenEgress(events, OLLAMA_HOST).map((event) => event.host)).toEqual(
      expect.arrayContaining(["198.51.100.4", "phone-home.invalid"]),
    );
    expect(forbiddenEgress(events, OLLAMA_HOST).some((event) => event.host === "127.0.0.1")).toBe(false);
  });

  const address = externalIPv4();
  it.skipIf(address === undefined)(
    "the socket watcher sees a connection held open by a child process to a non-loopback address",
    async () => {
      const server = net.createServer((socket) => socket.on("error", () => {}));
      await new Promise<void>((done) => server.listen(0, "0.0.0.0", done));
      cleanups.push(() => new Promise<void>((done) => server.close(() => done())));
      const port = (server.address() as net.AddressInfo).port;
      // The child holds the connection (no hook: this is what native code would look like).
      const child = spawn(
        process.execPath,
        ["-e", `require("node:net").connect(${port}, "${address}"); setTimeout(() => {}, 10000);`],
        { stdio: "ignore" },
      );
      cleanups.push(() => {
        if (child.exitCode === null) child.kill("SIGKILL");
      });
      const watch = watchProcessSockets(process.pid);
      await sleep(600);
      const peers = watch.stop();
      const peer = peers.find((candidate) => candidate.pid === child.pid && candidate.port === port);
      expect(peer).toMatchObject({ address, port });
      expect(isLoopback(peer?.address ?? "127.0.0.1")).toBe(false);
    },
  );
});
