import { zipSync } from "fflate";

/**
 * Re-packs verified entries as an uncompressed ZIP for libraries that insist on reading an
 * archive themselves (mammoth, exceljs, officeparser). Storing without compression makes the
 * archive exactly as big as what was already checked, so the library cannot be made to inflate
 * anything the limits have not seen.
 */
export function storeArchive(files: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(files), { level: 0 });
}
