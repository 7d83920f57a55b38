import { describe, expect, it } from "vitest";
import { NOT_IN_DOCUMENTS } from "@/lib/answer/build-prompt";
import { isDecline } from "@/lib/answer/detect-decline";

describe("isDecline", () => {
  const cases: Array<{ answer: string; citations?: number; decline: boolean }> = [
    { answer: NOT_IN_DOCUMENTS, decline: true },
    { answer: `Sorry. ${NOT_IN_DOCUMENTS}`, decline: true },
    { answer: `Aspirin helps. ${NOT_IN_DOCUMENTS}`, decline: true },
    { answer: `Aspirin helps [1]. ${NOT_IN_DOCUMENTS}`, decline: false },
    { answer: "The sources do not mention the dosage for children.", decline: true },
    { answer: "The provided documents don't contain any information about parking.", decline: true },
    { answer: "I cannot find the answer in the provided sources.", decline: true },
    { answer: "I couldn't find anything about the holiday policy.", decline: true },
    { answer: "There is no information about the warranty in these sources.", decline: true },
    { answer: "I don't know.", decline: true },
    { answer: "Unfortunately, the context does not specify the deadline.", decline: true },
    { answer: "The warranty period is not mentioned in the documents. Please consult HR.", decline: true },
    { answer: "The sources contain no information about the canteen menu.", decline: true },
    { answer: "No relevant information was found. You may want to rephrase the question.", decline: true },
    // Facts with citations: an answer, even where it also says something is missing.
    {
      answer: "Aspirin is given at 300 mg [1]. The sources do not mention a dose for children.",
      decline: false,
    },
    { answer: "The sources do not mention the dosage, but the leaflet lists 300 mg.", decline: false },
    { answer: "The sources do not mention a maximum dose.", citations: 1, decline: false },
    // Ordinary answers that merely contain the words.
    { answer: "Feed the starter every day with flour and water.", decline: false },
    { answer: "I cannot stress enough that the chain must be oiled.", decline: false },
    { answer: "There is no charge for the first visit [2].", decline: false },
    { answer: "There is no fee for renewals.", decline: false },
    { answer: "", decline: false },
    { answer: "Sorry.", decline: false },
  ];

  it.each(cases)("$answer -> $decline", ({ answer, citations, decline }) => {
    expect(isDecline(answer, citations ?? 0)).toBe(decline);
  });
});
