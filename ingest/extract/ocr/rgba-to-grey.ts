import type { GreyImage } from "./ocr-engine";

/** Pixels darker than this (0-255) count as ink. */
const INK_LEVEL = 128;

/**
 * Converts canvas RGBA pixels (drawn on white, so alpha is ignored) to greyscale with the
 * Rec. 601 luma weights, counting the dark pixels on the way: a page without ink is not
 * worth starting OCR for.
 */
export function rgbaToGrey(
  rgba: Uint8ClampedArray | Uint8Array,
  width: number,
  height: number,
  dpi: number,
): { image: GreyImage; inkPixels: number } {
  if (rgba.length !== width * height * 4) {
    throw new Error(`rgbaToGrey: ${rgba.length} bytes for a ${width}x${height} RGBA image`);
  }
  const pixels = new Uint8Array(width * height);
  let inkPixels = 0;
  for (let source = 0, target = 0; target < pixels.length; source += 4, target++) {
    // Integer weights 77/150/29 (sum 256) keep this loop fast on 10-megapixel pages.
    const grey =
      ((rgba[source] ?? 255) * 77 + (rgba[source + 1] ?? 255) * 150 + (rgba[source + 2] ?? 255) * 29) >> 8;
    pixels[target] = grey;
    if (grey < INK_LEVEL) inkPixels++;
  }
  return { image: { width, height, pixels, dpi }, inkPixels };
}
