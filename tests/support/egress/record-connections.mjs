// Preloaded with `node --import` into every Node process of a Quire under test (NODE_OPTIONS is
// inherited by the launcher's children): appends each outgoing TCP connection and each host name
// lookup to the file named by QUIRE_EGRESS_LOG, one JSON object per line. Plain JavaScript so it
// loads before any TypeScript loader.
import dns from "node:dns";
import fs from "node:fs";
import net from "node:net";

const logFile = process.env.QUIRE_EGRESS_LOG;

function record(event) {
  if (!logFile) return;
  try {
    fs.appendFileSync(logFile, `${JSON.stringify({ pid: process.pid, ...event })}\n`);
  } catch {
    // The recorder must never change what the process under test does.
  }
}

/** Reads the destination from any of net.Socket#connect's call forms. */
function destination(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    return { host: typeof args[1] === "string" ? args[1] : "localhost", port: Number(first) };
  }
  if (first && typeof first === "object") {
    if (typeof first.path === "string") return null; // a local IPC socket
    return { host: first.host ?? "localhost", port: Number(first.port) };
  }
  return null;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordedConnect(...args) {
  const target = destination(args);
  if (target) record({ kind: "tcp", ...target });
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function recordedLookup(hostname, ...rest) {
  record({ kind: "dns", host: String(hostname) });
  return lookup.call(this, hostname, ...rest);
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function recordedPromisesLookup(hostname, ...rest) {
  record({ kind: "dns", host: String(hostname) });
  return promisesLookup.call(this, hostname, ...rest);
};
for (const method of [
  "resolve",
  "resolve4",
  "resolve6",
  "resolveAny",
  "resolveCname",
  "resolveTxt",
  "resolveSrv",
]) {
  const original = dns[method];
  if (typeof original !== "function") continue;
  dns[method] = function recordedResolve(hostname, ...rest) {
    record({ kind: "dns", host: String(hostname) });
    return original.call(this, hostname, ...rest);
  };
}
