import { makePdf } from "./make-pdf";
import { randomInt } from "./seeded-random";

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

const WORDS = [
  "ward",
  "dose",
  "nurse",
  "audit",
  "sterile",
  "handover",
  "oxygen",
  "pharmacy",
  "triage",
  "consent",
  "isolation",
  "catheter",
  "infusion",
  "discharge",
  "referral",
  "theatre",
  "checklist",
  "allergy",
  "bed",
  "visitor",
  "chart",
  "rota",
  "cleaning",
  "linen",
  "transfer",
  "incident",
  "escalation",
];

function sentence(random: () => number, label: string): string {
  const length = randomInt(random, 8, 18);
  const words = Array.from({ length }, () => WORDS[randomInt(random, 0, WORDS.length - 1)] ?? "ward");
  return `${label} ${words.join(" ")}.`;
}

function paragraph(random: () => number, label: string): string {
  return Array.from({ length: randomInt(random, 2, 5) }, (_, i) => sentence(random, `${label}.${i}`)).join(
    " ",
  );
}

/**
 * Text, Markdown and PDF files of very different sizes (one paragraph to several pages), all
 * distinct, generated from `random` so a seeded test gets the same corpus every run.
 */
export async function makeMixedCorpus(random: () => number, count: number): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < count; index++) {
    const label = `doc${index}`;
    const paragraphs = randomInt(random, 1, random() < 0.2 ? 120 : 25);
    const body = Array.from({ length: paragraphs }, (_, i) => paragraph(random, `${label}p${i}`));
    switch (index % 3) {
      case 0:
        files.push({ name: `${label}.txt`, bytes: encoder.encode(body.join("\n\n")) });
        break;
      case 1: {
        const sections = body.map((text, i) => (i % 6 === 0 ? `## Section ${i / 6 + 1}\n\n${text}` : text));
        files.push({
          name: `${label}.md`,
          bytes: encoder.encode(`# Note ${index}\n\n${sections.join("\n\n")}\n`),
        });
        break;
      }
      default: {
        const pages = Array.from({ length: randomInt(random, 1, 6) }, (_, page) => ({
          heading: `${label} page ${page + 1}`,
          lines: Array.from({ length: 4 }, () => paragraph(random, `${label}pg${page}`)).flatMap((text) => [
            text,
            "",
          ]),
        }));
        files.push({ name: `${label}.pdf`, bytes: await makePdf(pages, { title: `Report ${index}` }) });
      }
    }
  }
  return files;
}
