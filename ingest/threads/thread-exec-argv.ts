import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/**
 * Node options for a thread running `module`. A TypeScript module needs tsx's loader in the
 * thread itself: loaders registered in the parent (by `tsx` or vitest) are not inherited,
 * and Node's own type stripping knows neither the `@/` alias nor extensionless imports.
 * The loader is resolved to an absolute URL so it does not depend on the working directory.
 */
export function threadExecArgv(module: URL): string[] {
  if (!module.pathname.endsWith(".ts")) return [];
  const loader = createRequire(import.meta.url).resolve("tsx");
  return ["--import", pathToFileURL(loader).href];
}
