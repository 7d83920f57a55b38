import fs from "node:fs";

export interface SocketPeer {
  pid: number;
  protocol: "tcp" | "tcp6" | "udp" | "udp6";
  address: string;
  port: number;
}

/** The process and every process below it, from /proc (Linux). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses; the fields after the last ")" do not.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  try {
    for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match?.[1]) inodes.add(match[1]);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  } catch {
    // The process ended while we looked.
  }
  return inodes;
}

/** /proc/net addresses are hex in host byte order (little-endian here), per 32-bit word. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) =>
    (word.match(/../g) ?? []).reverse().map((byte) => Number.parseInt(byte, 16)),
  );
  if (bytes.length === 4) return bytes.join(".");
  if (bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 255 && bytes[11] === 255) {
    return bytes.slice(12).join("."); // an IPv4-mapped IPv6 address
  }
  const groups: string[] = [];
  for (let index = 0; index < 16; index += 2)
    groups.push((((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0)).toString(16));
  return groups.join(":");
}

function peersByInode(protocol: SocketPeer["protocol"]): Map<string, { address: string; port: number }> {
  const peers = new Map<string, { address: string; port: number }>();
  let table: string;
  try {
    table = fs.readFileSync(`/proc/net/${protocol}`, "utf8");
  } catch {
    return peers;
  }
  for (const line of table.split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    const remote = fields[2];
    const inode = fields[9];
    if (!remote || !inode) continue;
    const [address = "", port = "0"] = remote.split(":");
    peers.set(inode, { address: decodeAddress(address), port: Number.parseInt(port, 16) });
  }
  return peers;
}

/** Every socket of the process tree that has a remote end, at this instant. */
export function connectedPeers(root: number): SocketPeer[] {
  const owners = new Map<string, number>();
  for (const pid of processTree(root)) for (const inode of socketInodes(pid)) owners.set(inode, pid);
  const found: SocketPeer[] = [];
  for (const protocol of ["tcp", "tcp6", "udp", "udp6"] as const) {
    for (const [inode, peer] of peersByInode(protocol)) {
      const pid = owners.get(inode);
      if (pid === undefined || peer.port === 0) continue; // listening or unconnected
      found.push({ pid, protocol, ...peer });
    }
  }
  return found;
}

/**
 * Polls the sockets of a process tree, for connections made by native code (LanceDB,
 * SQLite, canvas) that a JavaScript hook cannot see. Short-lived connections may fall
 * between two polls; the connection hook covers those made from JavaScript.
 */
export function watchProcessSockets(root: number, everyMs = 25): { stop: () => SocketPeer[] } {
  const seen = new Map<string, SocketPeer>();
  const poll = () => {
    for (const peer of connectedPeers(root))
      seen.set(`${peer.pid} ${peer.protocol} ${peer.address} ${peer.port}`, peer);
  };
  poll();
  const timer = setInterval(poll, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      poll();
      return [...seen.values()];
    },
  };
}
