import { createHash, randomBytes } from "node:crypto";

/** A random secret of `bytes` bytes, URL- and cookie-safe. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/**
 * How secrets are stored: SHA-256, hex. Tokens carry 256 random bits, so a fast hash is
 * enough (no salt or stretching needed, unlike passwords) and lookups stay an index probe.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
