import type { ApiDocument } from "../api/types";
import { clampPercent, formatStage, readyNoticeLines, statusLabel } from "./document-format";
import { DocumentNotice } from "./document-notice";
import { errorReasonLabel } from "./error-reason-label";

/**
 * Status in words (never colour alone), with progress while processing, the reason on failure,
 * and what was left out of a ready document.
 */
export function StatusBadge({ document }: { document: ApiDocument }) {
  const progress = document.status === "processing" ? document.progress : undefined;
  const percent = progress ? clampPercent(progress.percent) : null;
  const notice = readyNoticeLines(document.status, document.notice);
  return (
    <div className="status-cell">
      <span className={`badge badge-${document.status}`} data-testid="document-status">
        {statusLabel(document.status)}
      </span>
      {progress && percent !== null && (
        <span className="progress-line">
          <progress max={100} value={percent} aria-label={`Processing ${document.title}`} />
          <span className="progress-text" data-testid="document-progress">
            {formatStage(progress.stage)} {percent}%
          </span>
        </span>
      )}
      {notice.length > 0 && <DocumentNotice lines={notice} />}
      {document.status === "failed" && (
        <>
          <span
            className="error-reason"
            data-testid="document-error-reason"
            data-reason={document.errorReason}
          >
            {errorReasonLabel(document.errorReason)}
          </span>
          <span className="error-text" data-testid="document-error">
            {document.error ?? "Processing failed."}
          </span>
        </>
      )}
    </div>
  );
}
