import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface DrawnMarks {
  /** Images, filled or stroked paths, shadings: where a scan or outlined text would be. */
  graphics: boolean;
  /** Text-showing operators, whether or not pdf.js could map their glyphs to characters. */
  text: boolean;
}

const GRAPHICS_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintSolidColorImageMask,
  OPS.shadingFill,
  OPS.rawFillPath,
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

const TEXT_OPS = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
]);

/** Notes what kinds of marks a page's operators draw, as pdf.js runs them during rendering. */
export function noteDrawnMark(marks: DrawnMarks, operator: number, args: unknown): void {
  if (TEXT_OPS.has(operator)) marks.text = true;
  else if (GRAPHICS_OPS.has(operator)) marks.graphics = true;
  // pdf.js bundles each path with the operator that paints it; "endPath" only sets a clip.
  else if (operator === OPS.constructPath && Array.isArray(args) && args[0] !== OPS.endPath) {
    marks.graphics = true;
  }
}
