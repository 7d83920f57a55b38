export { loadConfig } from "./load-config";
export type { Config } from "./schema";
