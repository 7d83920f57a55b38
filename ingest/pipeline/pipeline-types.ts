import type { Config } from "@/lib/config";
import type { EmbedDeps } from "../embed/embed-pending-chunks";

export interface PipelineDeps extends EmbedDeps {
  config: Config;
}

export type PipelineStage = "extract" | "chunk" | "index" | "embed";

export type ProgressReporter = (stage: PipelineStage, percent: number) => void;
