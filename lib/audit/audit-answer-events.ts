import { createHash } from "node:crypto";
import { getDocumentsByIds } from "@/db/queries/documents";
import type { AnswerEvent, SourceView } from "@/lib/answer/answer-events";
import type { ModelRef } from "@/lib/domain/types";
import type { Services } from "@/lib/runtime/services";
import { appendAuditEvent } from "./append-audit-event";
import type { AuditActor, AuditJson } from "./audit-event";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

type Outcome = "answered" | "not_in_documents" | "failed" | "cancelled";

/**
 * Passes an answer's events through unchanged and records one `ask` event when it ends,
 * however it ends (done, error, or the client going away mid-stream). The question is kept as
 * its SHA-256 and the answer id: the trail can never be edited, so it must not hold text that
 * may carry personal data; the answers table keeps the text where it can be masked or purged.
 */
export async function* auditAnswerEvents(
  services: Pick<Services, "db" | "config">,
  input: { actor: AuditActor; question: string; fallbackModel: string; conversationId?: string },
  events: AsyncGenerator<AnswerEvent>,
): AsyncGenerator<AnswerEvent> {
  let sources: SourceView[] = [];
  let maskedForModel: Partial<Record<string, number>> | null = null;
  let text = "";
  let outcome: Outcome = "cancelled";
  let answerId: string | null = null;
  let model: ModelRef = { name: input.fallbackModel, digest: null };
  let errorCode: string | null = null;
  try {
    for await (const event of events) {
      if (event.type === "sources") {
        sources = event.sources;
        maskedForModel = event.maskedForModel ?? null;
      } else if (event.type === "token") text += event.text;
      else if (event.type === "done") {
        outcome = event.abstained ? "not_in_documents" : "answered";
        answerId = event.answerId;
        model = event.model;
        text = event.answer;
      } else if (event.type === "error") {
        outcome = "failed";
        errorCode = event.code;
      }
      yield event;
    }
  } finally {
    recordAsk(services, input, { sources, text, outcome, answerId, model, errorCode, maskedForModel });
  }
}

function recordAsk(
  services: Pick<Services, "db">,
  input: { actor: AuditActor; question: string; conversationId?: string },
  result: {
    sources: SourceView[];
    text: string;
    outcome: Outcome;
    answerId: string | null;
    model: ModelRef;
    errorCode: string | null;
    maskedForModel: Partial<Record<string, number>> | null;
  },
): void {
  const documentIds = [...new Set(result.sources.map((source) => source.documentId))];
  const versions = new Map(getDocumentsByIds(services.db, documentIds).map((row) => [row.id, row.version]));
  appendAuditEvent(services, {
    action: "ask",
    actor: input.actor,
    ...(result.answerId === null ? {} : { target: { type: "answer" as const, id: result.answerId } }),
    details: {
      questionSha256: sha256(input.question),
      questionLength: input.question.length,
      outcome: result.outcome,
      ...(input.conversationId === undefined ? {} : { conversationId: input.conversationId }),
      chunkIds: result.sources.map((source) => source.chunkId),
      documents: documentIds.map((id) => ({ id, version: versions.get(id) ?? null })),
      model: result.model.name,
      modelDigest: result.model.digest,
      answerSha256: sha256(result.text),
      ...(result.errorCode === null ? {} : { errorCode: result.errorCode }),
      // The sensitive data guard's work on this answer: kinds and counts, never the values.
      ...(result.maskedForModel === null
        ? {}
        : { maskedForModel: { ...result.maskedForModel } as AuditJson }),
    },
  });
}
