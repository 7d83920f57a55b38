import type { HealthResponse } from "../api/types";

/** A warning as data, so the wording can be tested without rendering. */
export type WarningPart = { text: string } | { code: string };

export interface HealthWarning {
  id: string;
  tone: "error" | "warning";
  parts: WarningPart[];
}

function missingModel(id: string, name: string, consequence: string): HealthWarning {
  return {
    id,
    tone: "warning",
    parts: [
      { text: `Model ${name} is not installed on the model host: run ` },
      { code: `ollama pull ${name}` },
      { text: ` there. ${consequence}` },
    ],
  };
}

/**
 * Turns a health report into what people need to know, most serious first.
 * `reachable` is false when Quire's own server did not answer at all.
 */
export function healthWarnings(health: HealthResponse | null, reachable: boolean): HealthWarning[] {
  if (!reachable) {
    return [
      {
        id: "server",
        tone: "error",
        parts: [{ text: "The Quire server is not responding. Retrying automatically." }],
      },
    ];
  }
  if (!health) return [];

  const warnings: HealthWarning[] = [];
  if (!health.db) {
    warnings.push({
      id: "db",
      tone: "error",
      parts: [
        { text: "The document database is unavailable. Documents cannot be listed or added right now." },
      ],
    });
  }
  const { ollama } = health;
  if (!ollama.ok) {
    warnings.push({
      id: "model-host",
      tone: "error",
      parts: [
        {
          text: `The model host at ${ollama.host} is unreachable. Search still works with keywords; answers resume when it is back.`,
        },
      ],
    });
  } else {
    // Presence is only known when the host answered; otherwise these would be noise.
    if (!ollama.chatModel.present) {
      warnings.push(
        missingModel("chat-model", ollama.chatModel.name, "Until then, questions cannot be answered."),
      );
    }
    if (!ollama.embedModel.present) {
      warnings.push(
        missingModel("embed-model", ollama.embedModel.name, "Until then, search uses keywords only."),
      );
    }
  }
  if (health.embeddings?.reembedNeeded) {
    const { missing } = health.embeddings;
    const count =
      missing > 0 ? `${missing} ${missing === 1 ? "passage needs" : "passages need"}` : "Passages need";
    warnings.push({
      id: "reembed",
      tone: "warning",
      parts: [
        {
          text: `The embedding model has changed since your documents were indexed. ${count} re-embedding; until then, semantic search may miss them.`,
        },
      ],
    });
  }
  return warnings;
}
