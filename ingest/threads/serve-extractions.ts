import type { MessagePort } from "node:worker_threads";
import type { ExtractedDocument } from "@/lib/domain/types";
import type { ExtractOptions } from "../extract/extract-document";
import { type ExtractTask, serializeError, type ThreadMessage } from "./thread-protocol";

export type ExtractFunction = (
  bytes: Uint8Array,
  mimeType: string,
  options: ExtractOptions,
) => Promise<ExtractedDocument>;

/**
 * The body of an extraction thread: answers each task with the extracted document or the
 * error, then says it is ready. Tests run it with an extractor that misbehaves on purpose.
 */
export function serveExtractions(port: MessagePort | null, extract: ExtractFunction): void {
  if (!port) throw new Error("serveExtractions must run inside a worker thread");
  const send = (message: ThreadMessage) => port.postMessage(message);
  port.on("message", (task: ExtractTask) => {
    if (task.type !== "extract") return;
    extract(task.bytes, task.mimeType, { ocrDeadline: task.ocrDeadline }).then(
      (document) => send({ type: "done", taskId: task.taskId, document }),
      (error: unknown) => send({ type: "failed", taskId: task.taskId, error: serializeError(error) }),
    );
  });
  send({ type: "ready" });
}
