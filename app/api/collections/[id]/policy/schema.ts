import { z } from "zod";
import { sensitivePolicySchema } from "@/lib/pii/sensitive-policy";

export const collectionParamsSchema = z.object({
  id: z.string().trim().min(1, "collection id or name is required").max(200),
});

/** PUT body: the whole policy (action, kinds, mrnPatterns), replacing the stored one. */
export const policyBodySchema = sensitivePolicySchema;
