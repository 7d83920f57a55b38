import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocument } from "@/db/queries/documents";
import { makeTextThenScannedPdf, type ScannedPageSpec } from "../support/make-scanned-pdf";
import { type Harness, startHarness } from "../support/quire-harness";
import { api } from "../support/route-client";

/**
 * OCR may use 3.75 s of this, and reading the text layer, starting tesseract and reading six
 * full pages takes several times that on any machine, so OCR always stops with pages left;
 * the 1.25 s after it leave ample time to hand back what was read before the thread is killed.
 */
const TIME_LIMIT_S = 5;
const SCANNED_PAGES = 6;

const TEXT_PAGE = {
  heading: "Waste handling",
  lines: [
    "Sharps go into the yellow container and are never put into the general waste bin on the ward.",
    "Full containers are sealed, labelled with the ward name and collected by the porters every morning.",
  ],
};

/** A full page of print, so reading one takes tesseract a good second. */
function denseScan(page: number): ScannedPageSpec {
  const sentence = "Instruments are cleaned and inspected before steam sterilisation at 134 degrees";
  const words = sentence.split(" ");
  return {
    lines: [
      `APPENDIX ${page}: AUTOCLAVE LOG`,
      ...Array.from({ length: 20 }, (_, line) =>
        [...words.slice(line % words.length), ...words.slice(0, line % words.length)].slice(0, 6).join(" "),
      ),
    ],
  };
}

const STOPPED =
  /^OCR stopped at the time limit: (\d+) of 6 pages without a text layer (?:was|were) not read \(from page (\d+)\); raise QUIRE_EXTRACT_TIMEOUT_S to read them all\.$/;

let harness: Harness;
let documentId: string;

beforeAll(async () => {
  harness = await startHarness({ QUIRE_EXTRACT_TIMEOUT_S: String(TIME_LIMIT_S) });
  const bytes = await makeTextThenScannedPdf(
    TEXT_PAGE,
    Array.from({ length: SCANNED_PAGES }, (_, index) => denseScan(index + 2)),
  );
  const response = await api.upload([{ name: "waste-handling.pdf", bytes }]);
  documentId = ((await response.json()) as { documents: Array<{ id: string }> }).documents[0]?.id ?? "";
  await harness.drainQueue();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe("a PDF whose scanned pages cannot all be read within QUIRE_EXTRACT_TIMEOUT_S", () => {
  it("becomes ready with the pages read, and says from which page OCR stopped", async () => {
    const row = getDocument(harness.services.db, documentId);
    expect(row).toMatchObject({ status: "ready", errorReason: null, pages: 1 + SCANNED_PAGES });
    const match = STOPPED.exec(row?.notice ?? "");
    expect(match, `notice: ${row?.notice}`).not.toBeNull();
    const unread = Number(match?.[1]);
    expect(unread).toBeGreaterThan(0);
    // Scans are pages 2-7 and read in order: the unread ones are the last, every read one has text.
    expect(Number(match?.[2])).toBe(1 + SCANNED_PAGES - unread + 1);
    expect(row?.ocrPages).toBe(SCANNED_PAGES - unread);
  });

  it("returns the notice from GET /api/documents/:id and the list", async () => {
    const stored = getDocument(harness.services.db, documentId)?.notice;
    const detail = (await (await api.get(documentId)).json()) as { status: string; notice?: string };
    expect(detail).toMatchObject({ status: "ready", notice: stored });
    expect(detail.notice).toMatch(STOPPED);
    const list = (await (await api.list()).json()) as { documents: Array<{ id: string; notice?: string }> };
    expect(list.documents.find((document) => document.id === documentId)?.notice).toBe(stored);
  });

  it("keeps the text layer searchable", async () => {
    const body = (await (await api.search("yellow container sharps general waste", 5)).json()) as {
      results: Array<{ documentId: string; pageStart: number }>;
    };
    // Its chunk may run on into a scanned page that OCR did read, so only where it starts is certain.
    expect(body.results[0]).toMatchObject({ documentId, pageStart: 1 });
  });
});
