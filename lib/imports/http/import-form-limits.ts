import type { Config } from "@/lib/config";
import { zipLimitsFor } from "../entries/zip-limits";
import type { ImportFormLimits } from "./read-import-form";

export function importFormLimits(
  config: Pick<Config, "maxUploadBytes">,
  maxFilesPerRequest: number,
): ImportFormLimits {
  return { ...zipLimitsFor(config.maxUploadBytes), maxFilesPerRequest };
}
