import { formatDuration } from "@/lib/imports/progress/format-duration";
import type { ImportItem } from "./import-types";

export interface ImportDisplay {
  /** Few words that change rarely: announced to screen readers. */
  status: "sending" | "importing" | "finished" | "failed";
  statusText: string;
  /** The moving numbers: shown, not announced. */
  detail: string;
  done: number;
  total: number;
}

const count = (n: number) => n.toLocaleString("en");

/** What the import panel says about one import, from sending the files to the last document. */
export function describeImport(item: ImportItem): ImportDisplay {
  if (item.phase === "failed") {
    return {
      status: "failed",
      statusText: item.error ?? "The import failed.",
      detail: "",
      done: 0,
      total: 0,
    };
  }
  const batch = item.batch;
  if (!batch) {
    return {
      status: "sending",
      statusText: "Sending files…",
      detail: `${count(item.sentFiles)} of ${count(item.totalFiles)} sent`,
      done: item.sentFiles,
      total: item.totalFiles,
    };
  }
  const { queued, processing, ready, failed } = batch.counts;
  const done = ready + failed + batch.skipped;
  const parts = [`${count(ready)} ready`, `${count(failed)} failed`, `${count(batch.skipped)} skipped`];
  if (batch.finished) {
    return {
      status: "finished",
      statusText: "Finished",
      detail: parts.join(" · "),
      done,
      total: batch.total,
    };
  }
  const waiting = queued + processing;
  if (waiting > 0) parts.push(`${count(waiting)} waiting`);
  if (item.phase === "sending") parts.push(`${count(item.sentFiles)} of ${count(item.totalFiles)} sent`);
  if (batch.pagesPerSecond > 0) parts.push(`${batch.pagesPerSecond.toFixed(1)} pages/s`);
  parts.push(
    batch.etaSeconds === null ? "estimating time left…" : `about ${formatDuration(batch.etaSeconds)} left`,
  );
  return {
    status: item.phase === "sending" ? "sending" : "importing",
    statusText: item.phase === "sending" ? "Sending files…" : "Importing",
    detail: `${count(done)} of ${count(batch.total)} files done · ${parts.join(" · ")}`,
    done,
    total: batch.total,
  };
}
