import { z } from "zod";

export const oidcStartQuerySchema = z.object({ next: z.string().max(2000).optional() });
