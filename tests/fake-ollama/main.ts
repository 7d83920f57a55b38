/**
 * Runs the fake Ollama standalone for e2e tests, benchmarks and manual runs:
 *   npx tsx tests/fake-ollama/main.ts --port 11434 [--token-delay-ms N] [--latency-ms N]
 */
import { parseArgs } from "node:util";
import { startFakeOllama } from "./start-fake-ollama";

function nonNegativeInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`--${name} must be a non-negative integer, got "${value}"`);
    process.exit(2);
  }
  return parsed;
}

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "token-delay-ms": { type: "string" },
    "latency-ms": { type: "string" },
  },
});

const fake = await startFakeOllama({
  port: nonNegativeInt("port", values.port, 11434),
  knobs: {
    tokenDelayMs: nonNegativeInt("token-delay-ms", values["token-delay-ms"], 0),
    latencyMs: nonNegativeInt("latency-ms", values["latency-ms"], 0),
  },
});
console.log(`fake ollama listening on ${fake.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
