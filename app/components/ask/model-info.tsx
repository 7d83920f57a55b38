import type { ModelRef } from "../api/types";
import { shortDigest } from "./format-digest";

/** Names the exact model build, so an answer can be traced when someone questions it. */
export function ModelInfo({ model }: { model: ModelRef }) {
  const digest = shortDigest(model.digest);
  return (
    <p className="model-info" data-testid="model-info">
      Answered by <code>{model.name}</code>
      {digest && (
        <>
          {" · "}
          <span className="visually-hidden">model digest </span>
          <code title={model.digest ?? undefined}>{digest}</code>
        </>
      )}
    </p>
  );
}
