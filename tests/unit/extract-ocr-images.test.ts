import { describe, expect, it } from "vitest";
import { encodePgm } from "@/ingest/extract/ocr/encode-pgm";
import { halveGrey } from "@/ingest/extract/ocr/halve-grey";
import type { GreyImage } from "@/ingest/extract/ocr/ocr-engine";
import { removeRuleLines } from "@/ingest/extract/ocr/remove-rule-lines";
import { rgbaToGrey } from "@/ingest/extract/ocr/rgba-to-grey";
import { rotateGrey } from "@/ingest/extract/ocr/rotate-grey";
import { renderSize } from "@/ingest/extract/pdf/render-size";

const LIMITS = { dpi: 300, maxSidePx: 4000 };

function grey(width: number, height: number, values: number[]): GreyImage {
  return { width, height, pixels: Uint8Array.from(values), dpi: 300 };
}

describe("renderSize", () => {
  it("renders a Letter page at the asked resolution", () => {
    expect(renderSize(612, 792, LIMITS)).toEqual({ scale: 300 / 72, width: 2550, height: 3300, dpi: 300 });
  });

  it("caps the longer side of a large page and lowers the resolution to match", () => {
    const a0 = renderSize(2384, 3370, LIMITS);
    expect(a0.height).toBe(4000);
    expect(a0.width).toBeLessThan(4000);
    expect(a0.dpi).toBeLessThan(300);
    const banner = renderSize(8000, 300, LIMITS);
    expect(banner.width).toBe(4000);
    expect(banner.height).toBe(150);
  });

  it("never asks for an empty canvas", () => {
    expect(renderSize(0, 0, LIMITS)).toMatchObject({ width: 1, height: 1 });
  });
});

describe("rgbaToGrey", () => {
  it("converts to luma and counts dark pixels as ink", () => {
    const rgba = Uint8ClampedArray.from([
      255, 255, 255, 255, 0, 0, 0, 255, 200, 200, 200, 255, 255, 0, 0, 255,
    ]);
    const { image, inkPixels } = rgbaToGrey(rgba, 2, 2, 300);
    expect([...image.pixels]).toEqual([255, 0, 200, 76]);
    expect(inkPixels).toBe(2);
    expect(image).toMatchObject({ width: 2, height: 2, dpi: 300 });
  });

  it("rejects a buffer of the wrong size", () => {
    expect(() => rgbaToGrey(new Uint8ClampedArray(12), 2, 2, 300)).toThrow(/RGBA/);
  });
});

describe("rotateGrey", () => {
  // 1 2 3
  // 4 5 6
  const image = grey(3, 2, [1, 2, 3, 4, 5, 6]);

  it("turns clockwise by quarter turns, swapping width and height", () => {
    expect(rotateGrey(image, 90)).toMatchObject({
      width: 2,
      height: 3,
      pixels: Uint8Array.from([4, 1, 5, 2, 6, 3]),
    });
    expect(rotateGrey(image, 180)).toMatchObject({
      width: 3,
      height: 2,
      pixels: Uint8Array.from([6, 5, 4, 3, 2, 1]),
    });
    expect(rotateGrey(image, 270)).toMatchObject({
      width: 2,
      height: 3,
      pixels: Uint8Array.from([3, 6, 2, 5, 1, 4]),
    });
  });

  it("comes back to the start after four quarter turns", () => {
    let turned = image;
    for (let turn = 0; turn < 4; turn++) turned = rotateGrey(turned, 90);
    expect(turned).toEqual(image);
  });
});

describe("halveGrey", () => {
  it("averages 2x2 blocks and halves the resolution", () => {
    const image = grey(4, 2, [0, 255, 100, 100, 255, 0, 100, 100]);
    expect(halveGrey(image)).toEqual({ width: 2, height: 1, pixels: Uint8Array.from([128, 100]), dpi: 150 });
  });
});

describe("encodePgm", () => {
  it("writes a binary PGM header followed by the pixels", () => {
    const pgm = encodePgm(grey(2, 1, [0, 255]));
    expect(pgm.subarray(0, 11).toString("ascii")).toBe("P5\n2 1\n255\n");
    expect([...pgm.subarray(11)]).toEqual([0, 255]);
  });
});

describe("removeRuleLines", () => {
  // At 10 dpi a rule is at least 4 px long.
  function drawing(rows: string[]): GreyImage {
    const pixels = Uint8Array.from(rows.join("").split(""), (cell) => (cell === "#" ? 0 : 255));
    return { width: rows[0]?.length ?? 0, height: rows.length, pixels, dpi: 10 };
  }
  const render = (image: GreyImage) =>
    Array.from({ length: image.height }, (_, y) =>
      [...image.pixels.subarray(y * image.width, (y + 1) * image.width)]
        .map((value) => (value < 128 ? "#" : "."))
        .join(""),
    );

  it("whitens table rules and keeps the short strokes of glyphs", () => {
    const table = drawing(["#######", "#.....#", "#.##..#", "#.#...#", "#######"]);
    expect(render(removeRuleLines(table))).toEqual([".......", ".......", "..##...", "..#....", "......."]);
  });

  it("leaves the original image untouched", () => {
    const table = drawing(["#####", "....."]);
    removeRuleLines(table);
    expect(render(table)).toEqual(["#####", "....."]);
  });
});
