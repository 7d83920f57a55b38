import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { LlmClient, LlmClientOptions } from "@/lib/llm";
import {
  type Arrange,
  caught,
  collect,
  fakeOllamaPerFile,
  hostDown,
  makeClient,
  nothing,
  RAG_MESSAGES,
  withKnobs,
} from "../support/llm-test-kit";

const kit = fakeOllamaPerFile();
const client = (overrides: Partial<LlmClientOptions> = {}): LlmClient => makeClient(kit.fake, overrides);
const requestsTo = (path: string) => kit.fake.requests.filter((request) => request.path === path);

const embedCall = (llm: LlmClient) => llm.embed(["a"], "query");
const chatCall = (llm: LlmClient) => collect(llm.chat(RAG_MESSAGES));
const describeCall = (llm: LlmClient) => llm.describeModel("llama3.1:8b");

interface ErrorCase {
  name: string;
  arrange: Arrange;
  act: (llm: LlmClient) => Promise<unknown>;
  options?: Partial<LlmClientOptions>;
  code: "MODEL_UNAVAILABLE" | "MODEL_ERROR";
  /** Expected in the user message; "<host>" stands for the fake's URL. */
  userMessage: string;
}

const ERROR_CASES: ErrorCase[] = [
  {
    name: "embed, host down",
    arrange: hostDown,
    act: embedCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "The model host at <host> is unreachable.",
  },
  {
    name: "chat, host down",
    arrange: hostDown,
    act: chatCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "The model host at <host> is unreachable.",
  },
  {
    name: "describeModel, host down",
    arrange: hostDown,
    act: describeCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "The model host at <host> is unreachable.",
  },
  {
    name: "embed, unknown model",
    arrange: nothing,
    act: embedCall,
    options: { embedModel: "nomic-embed-text:v9" },
    code: "MODEL_UNAVAILABLE",
    userMessage: '"ollama pull nomic-embed-text:v9" on the GPU host',
  },
  {
    name: "chat, unknown model",
    arrange: nothing,
    act: chatCall,
    options: { chatModel: "mistral:7b" },
    code: "MODEL_UNAVAILABLE",
    userMessage: '"ollama pull mistral:7b" on the GPU host',
  },
  {
    name: "chat, HTTP 500",
    arrange: withKnobs({ failNext: { status: 500, count: 9 } }),
    act: chatCall,
    code: "MODEL_ERROR",
    userMessage: "(HTTP 500)",
  },
  {
    name: "chat, HTTP 400",
    arrange: withKnobs({ failNext: { status: 400, count: 9 } }),
    act: chatCall,
    code: "MODEL_ERROR",
    userMessage: "(HTTP 400)",
  },
  {
    name: "chat, host busy",
    arrange: withKnobs({ failNext: { status: 503, count: 9 } }),
    act: chatCall,
    code: "MODEL_UNAVAILABLE",
    userMessage: "is busy",
  },
  {
    name: "chat, wrong model kind",
    arrange: nothing,
    act: chatCall,
    options: { chatModel: "nomic-embed-text" },
    code: "MODEL_ERROR",
    userMessage: "(HTTP 400)",
  },
  {
    name: "describeModel, garbage",
    arrange: withKnobs({ garbage: "not-json" }),
    act: describeCall,
    code: "MODEL_ERROR",
    userMessage: "could not read",
  },
];

describe("LlmClient error mapping", () => {
  it.each(ERROR_CASES)("$name -> $code", async ({ arrange, act, options, code, userMessage }) => {
    await arrange(kit.fake);
    const error = await caught(act(client(options)));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code });
    expect((error as AppError).userMessage).toContain(userMessage.replace("<host>", kit.fake.url));
  });
});

describe("LlmClient.describeModel", () => {
  it.each([
    ["llama3.1:8b", "46e0c10c039e019119339687c3c1757cc81b9da49709a3b3924863ba87ca666e", 131072, 4096],
    ["nomic-embed-text", "0a109f422b47e3a30ba2b10eca18548e944e8a23073ee3f3e947efcf3c45e59f", 2048, 768],
    [
      "nomic-embed-text:latest",
      "0a109f422b47e3a30ba2b10eca18548e944e8a23073ee3f3e947efcf3c45e59f",
      2048,
      768,
    ],
  ])("describes %s with its digest and lengths", async (name, digest, contextLength, embeddingLength) => {
    expect(await client().describeModel(name)).toEqual({
      name,
      present: true,
      digest,
      contextLength,
      embeddingLength,
    });
  });

  it("reports an absent model as not present without calling /api/show", async () => {
    expect(await client().describeModel("mistral:7b")).toEqual({
      name: "mistral:7b",
      present: false,
      digest: null,
      contextLength: null,
      embeddingLength: null,
    });
    expect(requestsTo("/api/show")).toHaveLength(0);
  });

  it("reflects the embedding dimension the host reports", async () => {
    kit.fake.knobs.embedDimension = 1024;
    expect((await client().describeModel("nomic-embed-text")).embeddingLength).toBe(1024);
  });
});

describe("LlmClient.checkHost", () => {
  it("reports the version when the host answers", async () => {
    expect(await client().checkHost()).toEqual({ ok: true, version: "0.12.6" });
  });

  it.each([
    ["down", hostDown, /^unreachable: .*ECONNREFUSED/],
    ["slow", withKnobs({ latencyMs: 1000 }), /^timeout/],
    ["answering garbage", withKnobs({ garbage: "wrong-shape" }), /^invalid-response/],
    ["failing", withKnobs({ failNext: { status: 500, count: 1 } }), /^http: HTTP 500/],
  ])("reports a host that is %s without throwing", async (_name, arrange, error) => {
    await arrange(kit.fake);
    const status = await client({ hostCheckTimeoutMs: 100 }).checkHost();
    expect(status).toMatchObject({ ok: false, version: null });
    expect(status.error).toMatch(error);
  });
});
