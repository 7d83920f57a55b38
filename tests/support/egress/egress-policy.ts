import fs from "node:fs";
import net from "node:net";

export interface EgressEvent {
  pid: number;
  kind: "tcp" | "dns" | "udp" | "tcp6" | "udp6" | "browser";
  host: string;
  port?: number;
}

const LOOPBACK_NAMES = new Set(["localhost", "ip6-localhost", "ip6-loopback"]);

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (LOOPBACK_NAMES.has(bare) || bare.endsWith(".localhost")) return true;
  if (net.isIPv4(bare)) return bare.startsWith("127.");
  if (net.isIPv6(bare)) return bare === "::1" || /^::ffff:127\./.test(bare);
  return false;
}

/**
 * The events that break the rule "nothing leaves the machine except calls to the configured
 * Ollama host": any destination that is neither loopback nor that host (by name, or on its port
 * when it is an address).
 */
export function forbiddenEgress(events: readonly EgressEvent[], ollamaHost: string): EgressEvent[] {
  const ollama = new URL(ollamaHost);
  const ollamaPort = Number(ollama.port || (ollama.protocol === "https:" ? 443 : 80));
  const ollamaName = ollama.hostname.replace(/^\[|\]$/g, "");
  return events.filter((event) => {
    if (isLoopback(event.host)) return false;
    if (
      event.host === ollamaName &&
      (event.kind === "dns" || event.port === undefined || event.port === ollamaPort)
    ) {
      return false;
    }
    return true;
  });
}

/** The events the connection hook appended, one JSON object per line. */
export function readEgressLog(file: string): EgressEvent[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as EgressEvent);
}
