import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const FONT_FILES = { regular: "LiberationSans-Regular.ttf", bold: "LiberationSans-Bold.ttf" } as const;

/**
 * pdf.js ships Liberation Sans (SIL Open Font License) for its own use; exports embed it from
 * there so nothing is fetched and no system font is assumed. Resolved through the package when
 * the module system allows it, else from the working directory Quire runs in.
 */
function standardFontsDir(): string {
  const candidates: string[] = [];
  try {
    const packageJson = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
    candidates.push(path.join(path.dirname(packageJson), "standard_fonts"));
  } catch {
    // A bundled server build may not resolve packages at run time; the fallback below covers it.
  }
  candidates.push(path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts"));
  const found = candidates.find((dir) => existsSync(path.join(dir, FONT_FILES.regular)));
  if (!found) throw new Error(`Export fonts not found in ${candidates.join(" or ")}`);
  return found;
}

export interface ExportFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export async function readExportFonts(): Promise<ExportFontBytes> {
  const dir = standardFontsDir();
  const [regular, bold] = await Promise.all([
    readFile(path.join(dir, FONT_FILES.regular)),
    readFile(path.join(dir, FONT_FILES.bold)),
  ]);
  return { regular, bold };
}
