import type { GreyImage, Rotation } from "./ocr-engine";

/**
 * Turns an image clockwise by quarter turns, swapping width and height where needed. Done here
 * because tesseract's own rotation keeps the frame's size and so cuts off the ends of lines that
 * a quarter turn makes longer than the frame is wide.
 */
export function rotateGrey(image: GreyImage, rotation: Rotation): GreyImage {
  if (rotation === 0) return image;
  const { width, height, pixels } = image;
  const turnedWidth = rotation === 180 ? width : height;
  const turnedHeight = rotation === 180 ? height : width;
  const turned = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      // Where source pixel (x, y) lands after the turn.
      const target =
        rotation === 90
          ? x * turnedWidth + (turnedWidth - 1 - y)
          : rotation === 270
            ? (turnedHeight - 1 - x) * turnedWidth + y
            : (height - 1 - y) * width + (width - 1 - x);
      turned[target] = pixels[row + x] ?? 255;
    }
  }
  return { width: turnedWidth, height: turnedHeight, pixels: turned, dpi: image.dpi };
}
