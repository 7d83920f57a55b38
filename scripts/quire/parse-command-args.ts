import { type ParseArgsConfig, parseArgs } from "node:util";
import { isAppError } from "@/lib/errors/app-error";
import { parseCollectionName } from "@/lib/imports/collection-name";
import { UsageError } from "./usage-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, with its errors turned into usage errors that name the command. */
export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function onePositional(command: string, positionals: string[], what: string): string {
  const [first, ...rest] = positionals;
  if (first === undefined || first.trim() === "") throw new UsageError(`${command}: missing ${what}.`);
  if (rest.length > 0) throw new UsageError(`${command}: expected one ${what}, got ${positionals.length}.`);
  return first;
}

/** --collection, with an invalid name reported as a usage error rather than a failure. */
export function collectionFlag(command: string, value: string | undefined): string {
  try {
    return parseCollectionName(value);
  } catch (error) {
    throw new UsageError(`${command}: ${isAppError(error) ? error.userMessage : String(error)}`);
  }
}
