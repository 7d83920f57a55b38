import fs from "node:fs";
import { pick, type Random, seededRandom } from "./prng";
import { scifactCorpusPath } from "./shared-paths";

export interface SentenceSource {
  /** Recorded with cached tables: text from another source means another table. */
  name: "scifact" | "vocabulary";
  sentences: string[];
  titles: string[];
}

interface ScifactRecord {
  title?: unknown;
  text?: unknown;
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 40);
}

function readScifact(file: string): SentenceSource {
  const sentences: string[] = [];
  const titles: string[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const record = JSON.parse(line) as ScifactRecord;
    if (typeof record.title === "string" && record.title) titles.push(record.title);
    if (typeof record.text === "string") sentences.push(...splitSentences(record.text));
  }
  return { name: "scifact", sentences, titles };
}

const VOCABULARY = (
  "patient protocol dose dosage infusion randomised placebo cohort trial endpoint adverse event safety " +
  "efficacy baseline visit screening consent inclusion exclusion criteria plasma serum renal hepatic " +
  "cardiac pulmonary oncology tumour response progression survival hazard ratio interval analysis " +
  "population sample size power statistical primary secondary outcome measure follow-up withdrawal " +
  "investigator sponsor monitoring laboratory imaging biopsy antibody vaccine injection tablet weekly " +
  "daily twice regimen titration toxicity grade reduction interruption discontinuation pharmacokinetic"
).split(" ");

/** Stand-in when SciFact is absent: grammatical enough for BM25, deterministic. */
function vocabularySentences(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 14) }, () => pick(VOCABULARY, random));
    const [first = "The", ...rest] = words;
    return `${first[0]?.toUpperCase() ?? ""}${first.slice(1)} ${rest.join(" ")}.`;
  });
}

let loaded: SentenceSource | undefined;

/** Real scientific prose (SciFact abstracts) when available, so BM25 sees a realistic term distribution. */
export function loadSentences(): SentenceSource {
  loaded ??= readSentences();
  return loaded;
}

function readSentences(): SentenceSource {
  const file = scifactCorpusPath();
  if (fs.existsSync(file)) return readScifact(file);
  const random = seededRandom(7);
  return {
    name: "vocabulary",
    sentences: vocabularySentences(random, 20_000),
    titles: vocabularySentences(random, 2_000).map((sentence) => sentence.slice(0, 80)),
  };
}
