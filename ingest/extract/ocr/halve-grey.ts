import type { GreyImage } from "./ocr-engine";

/** Halves an image's resolution by averaging 2x2 blocks (an odd last row or column is dropped). */
export function halveGrey(image: GreyImage): GreyImage {
  const width = Math.max(1, Math.floor(image.width / 2));
  const height = Math.max(1, Math.floor(image.height / 2));
  const pixels = new Uint8Array(width * height);
  const source = image.pixels;
  const at = (x: number, y: number) =>
    source[Math.min(y, image.height - 1) * image.width + Math.min(x, image.width - 1)] ?? 255;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sum = at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1);
      pixels[y * width + x] = (sum + 2) >> 2;
    }
  }
  return { width, height, pixels, dpi: Math.round(image.dpi / 2) };
}
