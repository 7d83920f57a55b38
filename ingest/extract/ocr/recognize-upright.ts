import { halveGrey } from "./halve-grey";
import type { GreyImage, OcrEngine, Recognition, Rotation } from "./ocr-engine";
import { rotateGrey } from "./rotate-grey";

/**
 * Below this mean confidence an upright reading is probably of sideways or upside-down text
 * (tesseract reads such pages as nonsense at a confidence of 30-45; upright scans score 75-95,
 * poor faxes 55-70).
 */
const UPRIGHT_CONFIDENCE = 55;
/** A turned probe this confident settles the orientation without trying the other turns. */
const SETTLED_CONFIDENCE = 70;
/** A turn must beat the upright reading by this much confidence to be read in full. */
const TURN_MARGIN = 10;
/** Landscape tables on portrait pages first, upside-down feeds last. */
const TURNS: readonly Rotation[] = [90, 270, 180];
const MIN_CONFIDENT_WORD = 60;

/**
 * Reads a page upright and, only when that reading looks like nonsense, finds out whether the
 * page is turned. Tesseract's own orientation detection needs its legacy engine and extra
 * data, so instead each quarter turn is probed at half resolution (a quarter of the time of a
 * full reading, still plenty to tell text from nonsense), and the most convincing turn is read
 * again at full resolution. The full reading with more confident words wins. If the page's time
 * runs out while turns are tried, the upright reading is kept.
 */
export async function recognizeUpright(
  engine: OcrEngine,
  image: GreyImage,
  signal: AbortSignal,
): Promise<Recognition> {
  const upright = await engine.recognize(image, { signal });
  if (upright.confidence >= UPRIGHT_CONFIDENCE || wordCount(upright) === 0) return upright;
  try {
    const turn = await probeTurns(engine, halveGrey(image), upright.confidence + TURN_MARGIN, signal);
    if (turn === null) return upright;
    const turned = await engine.recognize(rotateGrey(image, turn), { signal });
    return confidentWords(turned) > confidentWords(upright) ? turned : upright;
  } catch (error) {
    if (signal.aborted) return upright;
    throw error;
  }
}

/** The turn whose probe reads with the highest confidence above `minConfidence`, if any. */
async function probeTurns(
  engine: OcrEngine,
  probe: GreyImage,
  minConfidence: number,
  signal: AbortSignal,
): Promise<Rotation | null> {
  let best: { turn: Rotation; confidence: number } | null = null;
  for (const turn of TURNS) {
    const { confidence } = await engine.recognize(rotateGrey(probe, turn), { signal });
    if (confidence >= minConfidence && confidence > (best?.confidence ?? 0)) best = { turn, confidence };
    if (best && best.confidence >= SETTLED_CONFIDENCE) break;
  }
  return best?.turn ?? null;
}

function words(recognition: Recognition) {
  return recognition.blocks.flatMap((block) =>
    block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words)),
  );
}

function wordCount(recognition: Recognition): number {
  return words(recognition).length;
}

/** Words that read as words: two letters or more, recognised with some confidence. */
export function confidentWords(recognition: Recognition): number {
  return words(recognition).filter(
    (word) => word.confidence >= MIN_CONFIDENT_WORD && /\p{L}{2}/u.test(word.text),
  ).length;
}
