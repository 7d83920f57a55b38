import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api";

/** Each page's text as pdf.js reads it back (items joined by spaces, whitespace collapsed), and the title. */
export async function readPdfPages(bytes: Uint8Array): Promise<{ pages: string[]; title: unknown }> {
  const loadingTask = getDocument({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS });
  try {
    const document = await loadingTask.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const items = content.items.filter(
        (item: TextItem | TextMarkedContent): item is TextItem => "str" in item,
      );
      pages.push(
        items
          .map((item) => item.str)
          .join(" ")
          .replace(/\s+/g, " "),
      );
    }
    const { info } = await document.getMetadata();
    return { pages, title: (info as { Title?: unknown }).Title };
  } finally {
    await loadingTask.destroy();
  }
}

/** The base names of the fonts whose TrueType program is embedded in the file (FontFile2). */
export async function embeddedTrueTypeFonts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const names: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor"))
      continue;
    if (object.get(PDFName.of("FontFile2")) === undefined) continue;
    names.push(String(object.get(PDFName.of("FontName"))));
  }
  return names.sort();
}
