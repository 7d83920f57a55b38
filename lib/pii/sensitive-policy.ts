import { z } from "zod";
import { findMrnPatternProblem, MRN_PATTERN_MAX_LENGTH } from "./find-mrn-pattern-problem";
import { SENSITIVE_KINDS } from "./types";

/**
 * allow: detect (for the audit trail) but change nothing;
 * mask_before_indexing: the index, and so search results and the model, only ever see placeholders;
 * mask_for_model: the index keeps the text, the passages sent to the model are masked.
 */
export const SENSITIVE_ACTIONS = ["allow", "mask_before_indexing", "mask_for_model"] as const;

export type SensitiveAction = (typeof SENSITIVE_ACTIONS)[number];

export const MAX_MRN_PATTERNS = 20;

export const mrnPatternSchema = z.object({
  name: z.string().trim().min(1).max(64),
  pattern: z
    .string()
    .max(MRN_PATTERN_MAX_LENGTH)
    .superRefine((pattern, ctx) => {
      const problem = findMrnPatternProblem(pattern);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: `pattern ${problem}` });
    }),
});

export type MrnPattern = z.infer<typeof mrnPatternSchema>;

/** A collection's sensitive data settings, as stored and as passed to detectSensitive. */
export const sensitivePolicySchema = z.object({
  action: z.enum(SENSITIVE_ACTIONS),
  /** The detectors that run; mrn runs only when there are patterns too. */
  kinds: z
    .array(z.enum(SENSITIVE_KINDS))
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: "lists a kind twice" }),
  mrnPatterns: z
    .array(mrnPatternSchema)
    .max(MAX_MRN_PATTERNS)
    .refine((patterns) => new Set(patterns.map((p) => p.name)).size === patterns.length, {
      message: "two MRN patterns have the same name",
    }),
});

export type SensitivePolicy = z.infer<typeof sensitivePolicySchema>;

/** Every detector on, nothing changed: detections are only counted until an admin decides. */
export const DEFAULT_SENSITIVE_POLICY: SensitivePolicy = {
  action: "allow",
  kinds: [...SENSITIVE_KINDS],
  mrnPatterns: [],
};
