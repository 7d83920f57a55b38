import { z } from "zod";

export const loginBodySchema = z.object({
  email: z.string().trim().min(1, "email must not be empty").max(254, "email is too long"),
  // Length is checked loosely here and strictly by sign-in; the limit stops huge bodies early.
  password: z.string().min(1, "password must not be empty").max(4096, "password is too long"),
});
