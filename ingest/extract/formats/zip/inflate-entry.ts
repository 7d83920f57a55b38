import { inflateRawSync } from "node:zlib";

export class EntrySizeMismatch extends Error {
  override readonly name = "EntrySizeMismatch";
}

/**
 * Inflates one DEFLATE entry, trusting the archive's declared size only as an upper bound: zlib
 * stops as soon as the output passes that size (a lying header is how bombs slip past
 * directory checks), and data that ends short of it is refused too, so memory and CPU stay
 * bounded by the declared size that was already checked against the limits.
 */
export function inflateEntry(compressed: Uint8Array, declaredSize: number): Uint8Array {
  // Only the verified copy is ever handed on, so an entry declared empty needs no inflating.
  if (declaredSize === 0) return new Uint8Array(0);
  let output: Buffer;
  try {
    output = inflateRawSync(compressed, { maxOutputLength: declaredSize });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new EntrySizeMismatch(`inflates past its declared ${declaredSize} bytes`);
    }
    throw error;
  }
  if (output.length !== declaredSize) {
    throw new EntrySizeMismatch(`inflates to ${output.length} bytes, not the declared ${declaredSize}`);
  }
  return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
}
