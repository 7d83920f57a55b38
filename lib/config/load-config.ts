import path from "node:path";
import { AppError } from "@/lib/errors/app-error";
import { type Config, configSchema, toConfig } from "./schema";

type Env = Record<string, string | undefined>;

/**
 * Validates the environment. Empty strings count as unset so `FOO=` in a unit file
 * falls back to the default instead of failing. Throws CONFIG_INVALID naming each
 * offending variable.
 */
export function loadConfig(env: Env = process.env): Config {
  const relevant: Env = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== "") relevant[key] = value.trim();
  }
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? "environment");
      return `${variable}: ${issue.message} (got ${JSON.stringify(relevant[variable] ?? "")})`;
    });
    throw new AppError("CONFIG_INVALID", `Invalid configuration: ${problems.join("; ")}`);
  }
  const config = toConfig(parsed.data);
  return { ...config, dataDir: path.resolve(config.dataDir) };
}
