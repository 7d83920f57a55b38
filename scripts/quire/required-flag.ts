import { isAppError } from "@/lib/errors/app-error";
import { UsageError } from "./usage-error";

/** A flag the command cannot run without, reported as a usage error when missing or blank. */
export function requiredFlag(command: string, value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === "") throw new UsageError(`${command}: --${flag} is required.`);
  return value.trim();
}

/** A flag limited to a few values, e.g. --role admin|editor|reader. */
export function choiceFlag<T extends string>(
  command: string,
  value: string | undefined,
  flag: string,
  choices: readonly T[],
): T {
  const given = requiredFlag(command, value, flag);
  const match = choices.find((choice) => choice === given);
  if (match === undefined)
    throw new UsageError(`${command}: --${flag} must be one of ${choices.join(", ")} (got "${given}").`);
  return match;
}

/** Runs a validator from lib/ and reports what it rejects as a usage error (exit code 2). */
export function asUsage<T>(command: string, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (isAppError(error)) throw new UsageError(`${command}: ${error.userMessage}`);
    throw error;
  }
}
