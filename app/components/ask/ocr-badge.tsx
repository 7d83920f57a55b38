export const OCR_EXPLANATION = "Text read from a scanned image by OCR; may contain recognition errors";

/** Warns that a passage's wording came from OCR, so a misread word is not taken for the document's. */
export function OcrBadge() {
  return (
    <span className="tag tag-ocr" title={OCR_EXPLANATION} data-testid="ocr-badge">
      OCR
      <span className="visually-hidden">: {OCR_EXPLANATION}</span>
    </span>
  );
}
