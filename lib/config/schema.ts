import { z } from "zod";
import { type OidcConfig, oidcShape, refineOidc, toOidcConfig } from "./oidc-schema";

const MB = 1024 * 1024;

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const yesOrNo = z
  .enum(["1", "0", "true", "false", "yes", "no"], { error: "must be true or false (or 1/0, yes/no)" })
  .default("false")
  .transform((value) => value === "1" || value === "true" || value === "yes");

/**
 * Every setting Quire reads from the environment. Keys are the variable names so a
 * validation failure names exactly the variable the operator must fix.
 */
export const configSchema = z
  .object({
    QUIRE_DATA_DIR: z.string().min(1).default("./data"),
    OLLAMA_HOST: z
      .string()
      .default("http://127.0.0.1:11434")
      .pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://gpu-host:11434" })),
    QUIRE_CHAT_MODEL: z.string().min(1).default("llama3.1:8b"),
    QUIRE_EMBED_MODEL: z.string().min(1).default("nomic-embed-text"),
    QUIRE_CONTEXT_SIZE: z.coerce.number().int().min(2048).max(1_048_576).default(8192),
    QUIRE_MAX_UPLOAD_MB: z.coerce.number().positive().max(4096).default(100),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    QUIRE_BIND: z.string().min(1).default("127.0.0.1"),
    QUIRE_EMBED_BATCH: z.coerce.number().int().min(32).max(2048).default(64),
    QUIRE_ANSWER_SOURCES: z.coerce.number().int().min(1).max(30).default(6),
    QUIRE_MIN_SIMILARITY: z.coerce.number().min(0).max(1).default(0.45),
    // Retrieval stages and the keyword gate: defaults measured with `npm run eval` (README, Evaluation).
    QUIRE_MIN_KEYWORD_COVERAGE: z.coerce.number().min(0).max(1).default(0.35),
    QUIRE_DEDUPE: yesOrNo.default(true),
    QUIRE_TITLE_BOOST: z.coerce.number().min(0).max(2).default(0),
    QUIRE_MMR_LAMBDA: z.coerce.number().min(0).max(1).default(1),
    QUIRE_NEIGHBOUR_CHUNKS: z.coerce.number().int().min(0).max(3).default(1),
    QUIRE_RERANK_MODEL: z.string().trim().min(1).optional(),
    QUIRE_RERANK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    QUIRE_OLLAMA_TIMEOUT_MS: positiveInt(120_000),
    QUIRE_EXTRACT_TIMEOUT_S: z.coerce.number().int().min(1).max(3600).default(60),
    QUIRE_EXTRACT_MEMORY_MB: z.coerce.number().int().min(256).max(65_536).default(1536),
    QUIRE_SESSION_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(12),
    QUIRE_TRUST_PROXY: yesOrNo,
    QUIRE_PUBLIC_URL: z
      .url({
        protocol: /^https?$/,
        error: "must be the http(s) URL people open, such as https://quire.example.org",
      })
      .optional(),
    ...oidcShape,
  })
  .superRefine(refineOidc);

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  dataDir: string;
  ollamaHost: string;
  chatModel: string;
  embedModel: string;
  contextSize: number;
  maxUploadBytes: number;
  port: number;
  bind: string;
  embedBatchSize: number;
  answerSources: number;
  minSimilarity: number;
  /** Keyword gate: share of the question's content words the best keyword hit must contain. */
  minKeywordCoverage: number;
  /** Ranking stages after fusion (lib/retrieval/retrieval-stages.ts). */
  retrievalStages: { collapseDuplicates: boolean; titleBoost: number; mmrLambda: number };
  /** Adjacent chunks on each side of a source added to the answer prompt as context. */
  neighbourChunks: number;
  /** Chat model that reorders the best candidates; null when reranking is off. */
  rerankModel: string | null;
  rerankTimeoutMs: number;
  ollamaTimeoutMs: number;
  /**
   * Longest one file may take to extract before its thread is stopped and it fails as timed_out;
   * OCR stops at three quarters of it and keeps what it read.
   */
  extractTimeoutMs: number;
  /** Heap limit of an extraction thread; a file that needs more fails as too_large. */
  extractMemoryMb: number;
  /** A browser session ends after this long without a request. */
  sessionIdleMs: number;
  /**
   * Quire sits behind a reverse proxy that sets X-Forwarded-Host: the origin check (CSRF) then
   * takes the host from it instead of the Host header.
   */
  trustProxy: boolean;
  /** The origin people open Quire at, accepted by the origin check besides the request's own; null when unset. */
  publicOrigin: string | null;
  /** Single sign-on through an OpenID Connect provider; null when not configured. */
  oidc: OidcConfig | null;
}

export function toConfig(raw: RawConfig): Config {
  return {
    dataDir: raw.QUIRE_DATA_DIR,
    ollamaHost: raw.OLLAMA_HOST.replace(/\/+$/, ""),
    chatModel: raw.QUIRE_CHAT_MODEL,
    embedModel: raw.QUIRE_EMBED_MODEL,
    contextSize: raw.QUIRE_CONTEXT_SIZE,
    maxUploadBytes: Math.floor(raw.QUIRE_MAX_UPLOAD_MB * MB),
    port: raw.PORT,
    bind: raw.QUIRE_BIND,
    embedBatchSize: raw.QUIRE_EMBED_BATCH,
    answerSources: raw.QUIRE_ANSWER_SOURCES,
    minSimilarity: raw.QUIRE_MIN_SIMILARITY,
    minKeywordCoverage: raw.QUIRE_MIN_KEYWORD_COVERAGE,
    retrievalStages: {
      collapseDuplicates: raw.QUIRE_DEDUPE,
      titleBoost: raw.QUIRE_TITLE_BOOST,
      mmrLambda: raw.QUIRE_MMR_LAMBDA,
    },
    neighbourChunks: raw.QUIRE_NEIGHBOUR_CHUNKS,
    rerankModel: raw.QUIRE_RERANK_MODEL ?? null,
    rerankTimeoutMs: raw.QUIRE_RERANK_TIMEOUT_MS,
    ollamaTimeoutMs: raw.QUIRE_OLLAMA_TIMEOUT_MS,
    extractTimeoutMs: raw.QUIRE_EXTRACT_TIMEOUT_S * 1000,
    extractMemoryMb: raw.QUIRE_EXTRACT_MEMORY_MB,
    sessionIdleMs: Math.round(raw.QUIRE_SESSION_HOURS * 3_600_000),
    trustProxy: raw.QUIRE_TRUST_PROXY,
    publicOrigin: raw.QUIRE_PUBLIC_URL === undefined ? null : new URL(raw.QUIRE_PUBLIC_URL).origin,
    oidc: toOidcConfig(raw),
  };
}
