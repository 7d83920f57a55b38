import { verify } from "@node-rs/argon2";
import { randomSecret } from "../secrets";
import { hashPassword } from "./hash-password";

let dummyHash: Promise<string> | null = null;

/** A real argon2id hash of a random string, made once, for accounts that do not exist. */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomSecret());
  return dummyHash;
}

/**
 * Checks a password against a stored hash. With no hash (unknown e-mail, SSO-only account)
 * it still runs one full verification against a dummy hash and answers false, so the time
 * taken does not tell which e-mail addresses have accounts.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    await verify(await dummy(), password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
