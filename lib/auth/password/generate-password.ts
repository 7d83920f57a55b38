import { randomSecret } from "../secrets";

/** 144 random bits as 24 URL-safe characters: strong, and easy to paste. */
export function generatePassword(): string {
  return randomSecret(18);
}
