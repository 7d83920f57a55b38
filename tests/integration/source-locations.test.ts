import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnswer } from "@/db/queries/answers";
import { getDocument } from "@/db/queries/documents";
import { makePptx } from "../support/make-office-files";
import { makeScannedPdf, STERILISATION_SCAN } from "../support/make-scanned-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { readSse } from "../support/read-sse";
import { api } from "../support/route-client";

/** Each slide holds well over 100 tokens, so each becomes its own chunk. */
const SLIDES = [
  {
    title: "Project overview",
    bullets: [
      "The west wing renovation starts in March and runs for about eleven weeks in total.",
      "Contractors work only on weekdays between seven in the morning and six in the evening.",
      "Noisy demolition work is planned for the first three weeks of the renovation period.",
      "Staff offices on the second floor move to the temporary cabins behind the car park.",
      "The library and the canteen stay open throughout the whole renovation period.",
      "Weekly progress notes are sent to every department head on Friday afternoons.",
    ],
  },
  {
    title: "Travel budget",
    bullets: [
      "The travel budget for the spring conference is 4,200 euros for each project team.",
      "Train travel is preferred over flights for every journey shorter than six hours.",
      "Hotel bookings go through the central office and must be made four weeks ahead.",
      "Receipts for meals are reimbursed up to a daily allowance of forty-five euros.",
      "Taxis are reimbursed only when no public transport runs at the time of travel.",
      "Unused travel money returns to the general fund at the end of the quarter.",
    ],
  },
  {
    title: "Next steps",
    bullets: [
      "Department heads confirm the names of conference delegates by the end of January.",
      "The facilities team publishes the renovation schedule on the intranet next week.",
      "Questions about the cabins go to the facilities help desk on extension 2240.",
      "A follow-up meeting reviews the budget and the schedule in the middle of April.",
      "Minutes of this meeting are stored in the shared project folder for reference.",
      "Everyone is asked to read the safety briefing before the renovation begins.",
    ],
  },
];

interface SourceLike {
  documentId: string;
  pageStart: number;
  pageLabel?: string;
  ocr: boolean;
}

let harness: Harness;
let deckId: string;
let scanId: string;

async function upload(name: string, bytes: Uint8Array): Promise<string> {
  const body = (await (await api.upload([{ name, bytes }])).json()) as { documents: Array<{ id: string }> };
  return body.documents[0]?.id ?? "";
}

async function search(query: string): Promise<SourceLike[]> {
  const body = (await (await api.search(query, 5)).json()) as { results: SourceLike[] };
  return body.results;
}

beforeAll(async () => {
  harness = await startHarness();
  deckId = await upload("budget-review.pptx", makePptx(SLIDES));
  scanId = await upload("sterilisation-scan.pdf", await makeScannedPdf([STERILISATION_SCAN]));
  await harness.drainQueue();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe("slide labels from ingest to citation", () => {
  it("gives a search hit on the second slide its slide label", async () => {
    const [hit] = await search("travel budget spring conference project team");
    expect(hit).toMatchObject({ documentId: deckId, pageStart: 2, pageLabel: "Slide 2", ocr: false });
  });

  it("streams, cites, prompts with and stores the slide label", async () => {
    const events = await readSse(
      await api.ask({
        question: "What is the travel budget for the spring conference for each project team?",
      }),
    );
    expect(events.slice(0, 2).map((event) => event.event)).toEqual(["conversation", "sources"]);
    const { sources } = (events[1]?.data ?? { sources: [] }) as {
      sources: Array<SourceLike & { n: number }>;
    };
    const slide = sources.find((source) => source.documentId === deckId && source.pageStart === 2);
    expect(slide).toMatchObject({ pageLabel: "Slide 2", ocr: false });

    const done = events.at(-1)?.data as { answerId: string; citations: SourceLike[] };
    expect(events.at(-1)?.event).toBe("done");
    expect(done.citations).toContainEqual(
      expect.objectContaining({ documentId: deckId, pageLabel: "Slide 2" }),
    );

    const chat = harness.fake.requests.filter((request) => request.path === "/api/chat").at(-1);
    const prompt = JSON.stringify(chat?.body ?? {});
    expect(prompt).toContain(`[${slide?.n}] (budget-review, Slide 2)`);

    const stored = getAnswer(harness.services.db, done.answerId);
    expect(stored?.sources.find((source) => source.n === slide?.n)).toMatchObject({
      pageLabel: "Slide 2",
      ocr: false,
      cited: true,
    });
  });
});

describe("OCR marks from ingest to the document list", () => {
  it("counts the scanned page on the document", async () => {
    expect(getDocument(harness.services.db, scanId)).toMatchObject({
      status: "ready",
      pages: 1,
      ocrPages: 1,
    });
    expect(getDocument(harness.services.db, deckId)).toMatchObject({ status: "ready", ocrPages: 0 });
    const detail = (await (await api.get(scanId)).json()) as { ocrPages: number };
    expect(detail.ocrPages).toBe(1);
    const list = (await (await api.list()).json()) as { documents: Array<{ id: string; ocrPages: number }> };
    expect(list.documents.find((document) => document.id === scanId)?.ocrPages).toBe(1);
  });

  it("marks a search hit on the scanned page as OCR, with no label", async () => {
    const [hit] = await search("steam sterilisation autoclave instruments");
    expect(hit).toMatchObject({ documentId: scanId, pageStart: 1, ocr: true });
    expect(hit).not.toHaveProperty("pageLabel");
  });
});
