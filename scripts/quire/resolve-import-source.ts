import fs from "node:fs/promises";
import path from "node:path";
import { UsageError } from "./usage-error";

export type ImportSource =
  | { kind: "folder"; root: string; label: string }
  | { kind: "zip"; file: string; label: string };

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": every zip, empty or not, starts with a "PK.." record

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

async function looksLikeZip(file: string): Promise<boolean> {
  const handle = await fs.open(file, "r");
  try {
    const head = new Uint8Array(2);
    await handle.read(head, 0, 2, 0);
    return ZIP_MAGIC.every((byte, index) => head[index] === byte);
  } finally {
    await handle.close();
  }
}

/**
 * Decides what `import`/`watch` was pointed at. Refuses Quire's own data directory (and any
 * folder containing it): importing its stored originals would only make duplicates, and
 * watching it would rescan on every database write.
 */
export async function resolveImportSource(
  command: string,
  given: string,
  dataDir: string,
  allowZip: boolean,
): Promise<ImportSource> {
  const stat = await fs.stat(given).catch(() => null);
  if (!stat) throw new UsageError(`${command}: no such file or folder: ${given}`);
  const real = await fs.realpath(given);
  const label = path.basename(real);
  if (stat.isDirectory()) {
    const data = await fs.realpath(dataDir).catch(() => path.resolve(dataDir));
    if (isInside(real, data) || isInside(data, real)) {
      throw new UsageError(
        `${command}: ${given} overlaps Quire's data directory (${data}); choose another folder.`,
      );
    }
    return { kind: "folder", root: real, label };
  }
  if (allowZip && stat.isFile() && (real.toLowerCase().endsWith(".zip") || (await looksLikeZip(real)))) {
    return { kind: "zip", file: real, label };
  }
  throw new UsageError(`${command}: ${given} is not a folder${allowZip ? " or a .zip archive" : ""}.`);
}
