"use client";

import { healthWarnings } from "./health-warnings";
import { useHealth } from "./use-health";

/**
 * Site-wide notice about the model host and index. The status region is always in the page so
 * that a warning appearing later is announced; it is empty (and takes no space) when all is well.
 */
export function ModelHostBanner() {
  const { health, reachable } = useHealth();
  const warnings = healthWarnings(health, reachable);
  const tone = warnings.some((warning) => warning.tone === "error") ? "error" : "warning";

  return (
    <div role="status" className="banner-region">
      {warnings.length > 0 && (
        <div className={`banner banner-${tone}`} data-testid="model-host-banner">
          <ul className="banner-list">
            {warnings.map((warning) => (
              <li key={warning.id} data-warning={warning.id}>
                {warning.parts.map((part, index) =>
                  "code" in part ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sentence, never reordered
                    <code key={index}>{part.code}</code>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sentence, never reordered
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
