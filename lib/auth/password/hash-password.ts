import { hash } from "@node-rs/argon2";

/** argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's baseline), as a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
