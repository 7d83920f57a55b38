import type { GreyImage } from "./ocr-engine";

/**
 * Wraps greyscale pixels as a binary PGM file, a format Leptonica (inside tesseract) reads
 * directly. Writing the header costs nothing, where compressing a 300 dpi page to PNG takes
 * about a second and decoding it again takes more.
 */
export function encodePgm(image: GreyImage): Buffer {
  if (image.pixels.length !== image.width * image.height) {
    throw new Error(`encodePgm: ${image.pixels.length} pixels for a ${image.width}x${image.height} image`);
  }
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, "ascii");
  return Buffer.concat([header, image.pixels]);
}
