import type { Services } from "@/lib/runtime/services";
import { hasUsers } from "./has-users";

export const CREATE_FIRST_ADMIN = "npm run quire -- user add --email you@example.org --role admin";

/**
 * What `npm start` prints while nobody can sign in. There is no default account or password:
 * the first admin is created on the server's command line, by whoever can run it.
 */
export function firstAdminNotice(services: Pick<Services, "db">): string | null {
  if (hasUsers(services)) return null;
  return [
    "[quire] There are no users yet, so nobody can sign in. Create the first administrator with:",
    `        ${CREATE_FIRST_ADMIN}`,
    "        It prints a generated password once (add --password-stdin to type your own instead).",
  ].join("\n");
}
