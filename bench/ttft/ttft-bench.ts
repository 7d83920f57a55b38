import path from "node:path";
import { HANDBOOK_QUESTION } from "../../tests/support/handbook";
import type { Benchmark, BenchmarkOutcome } from "../core/types";
import { summarize } from "../report/percentiles";
import { startServedQuire } from "../server/served-quire";
import { type AskTiming, timeAsk, timeDirectChat } from "./time-first-token";

const WARMUP = 5;
/** Quire's default chat model, which the fake has "pulled". */
const CHAT_MODEL = "llama3.1:8b";

export const ttftBenchmark: Benchmark = {
  name: "ttft",
  sizeMeaning: "number of timed asks (one at a time)",
  defaultSize: 50,
  async run({ size, outDir, log }): Promise<BenchmarkOutcome> {
    const served = await startServedQuire(path.join(outDir, "cache", "generated-pdfs"), log);
    try {
      const asks: AskTiming[] = [];
      const direct: Array<{ firstTokenMs: number | null; totalMs: number }> = [];
      log(`${WARMUP} warm-up asks, then ${size} timed, each next to a direct chat with the fake`);
      for (let number = 0; number < WARMUP + size; number += 1) {
        // Alternating the order keeps either side from always meeting a freshly idle machine.
        const viaQuire = () => timeAsk(served.url, HANDBOOK_QUESTION, served.authHeaders);
        const viaFake = () => timeDirectChat(served.fakeOllamaUrl, CHAT_MODEL, HANDBOOK_QUESTION);
        let ask: AskTiming;
        let chat: Awaited<ReturnType<typeof timeDirectChat>>;
        if (number % 2 === 0) {
          ask = await viaQuire();
          chat = await viaFake();
        } else {
          chat = await viaFake();
          ask = await viaQuire();
        }
        if (number < WARMUP) continue;
        asks.push(ask);
        direct.push(chat);
      }
      const failed = asks.filter((ask) => ask.error !== null || ask.firstTokenMs === null);
      const abstained = asks.filter((ask) => ask.abstained).length;
      const firstTokens = asks.flatMap((ask) => (ask.firstTokenMs === null ? [] : [ask.firstTokenMs]));
      const sources = asks.flatMap((ask) => (ask.sourcesMs === null ? [] : [ask.sourcesMs]));
      const directFirst = direct.flatMap((chat) => (chat.firstTokenMs === null ? [] : [chat.firstTokenMs]));
      if (firstTokens.length === 0 || directFirst.length === 0)
        throw new Error(`no ask produced a token: ${failed[0]?.error}`);
      const quire = summarize(firstTokens);
      const fake = summarize(directFirst);
      const quireTotal = summarize(asks.map((ask) => ask.totalMs));
      const fakeTotal = summarize(direct.map((chat) => chat.totalMs));
      const label = "fake Ollama /api/chat, direct";
      return {
        rows: [
          {
            metric: "time to first token, p50",
            unit: "ms",
            value: quire.p50,
            baseline: fake.p50,
            baselineLabel: label,
          },
          {
            metric: "time to first token, p95",
            unit: "ms",
            value: quire.p95,
            baseline: fake.p95,
            baselineLabel: label,
          },
          { metric: "time to sources event, p50", unit: "ms", value: summarize(sources).p50, baseline: null },
          {
            metric: "whole answer, p50",
            unit: "ms",
            value: quireTotal.p50,
            baseline: fakeTotal.p50,
            baselineLabel: label,
          },
          { metric: "asks timed", unit: "", value: asks.length, baseline: null },
          { metric: "asks answered by the gate, not the model", unit: "", value: abstained, baseline: null },
          { metric: "asks failed", unit: "", value: failed.length, baseline: null },
        ],
        details: {
          question: HANDBOOK_QUESTION,
          documents: served.documents,
          quire,
          fake,
          quireTotal,
          fakeTotal,
          sources: summarize(sources),
          errors: failed.map((ask) => ask.error),
        },
        notes: [
          "A production build started by npm start's launcher; the fake Ollama (own process) streams its first token at once, so the gap is Quire's: HTTP, embedding the question (a round trip to the fake), hybrid retrieval, relevance gate, /api/show for the digest, prompt, then the chat call.",
          "Asks run one at a time; client, server, worker and fake share the machine's 2 cores.",
          `The corpus is small (${served.documents} PDFs), so retrieval is cheap here; the search benchmark covers large indexes.`,
        ],
      };
    } finally {
      await served.close();
    }
  },
};
