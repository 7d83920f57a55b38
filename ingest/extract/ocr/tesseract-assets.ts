import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The LSTM-only English model that @tesseract.js-data/eng ships (the one tesseract.js itself
 * downloads for its default engine mode). The package's "4.0.0" folder holds the same LSTM
 * model plus the legacy engine's data, which only makes start-up slower here.
 */
const MODEL_FOLDER = "4.0.0_best_int";
export const OCR_LANGUAGE = "eng";

/**
 * The local folder tesseract.js reads `eng.traineddata.gz` from. Given a plain path (not a
 * URL), tesseract.js reads the file from disk; without one it would download it from a CDN,
 * which an air-gapped host cannot reach. Throws when the data is missing, because a worker
 * asked for an unreadable language never finishes starting (tesseract.js swallows that error).
 */
export function tesseractLanguagePath(): string {
  const packageJson = createRequire(import.meta.url).resolve(
    `@tesseract.js-data/${OCR_LANGUAGE}/package.json`,
  );
  const folder = path.join(path.dirname(packageJson), MODEL_FOLDER);
  const file = path.join(folder, `${OCR_LANGUAGE}.traineddata.gz`);
  if (!fs.existsSync(file)) throw new Error(`OCR language data not found at ${file}`);
  return folder;
}
