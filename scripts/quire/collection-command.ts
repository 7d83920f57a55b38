import { createCollection } from "@/lib/access/collections/create-collection";
import { CLI_ACTOR } from "@/lib/audit/audit-event";
import { parseCollectionName } from "@/lib/imports/collection-name";
import type { Services } from "@/lib/runtime/services";
import { parseCommandArgs } from "./parse-command-args";
import { asUsage, requiredFlag } from "./required-flag";
import { UsageError } from "./usage-error";

export interface CollectionAddCommand {
  name: string;
}

export function parseCollectionCommand(argv: string[]): CollectionAddCommand {
  const [action, ...rest] = argv;
  if (action !== "add")
    throw new UsageError(
      `collection: expected "collection add" or "collection policy", got "collection ${action ?? ""}".`,
    );
  const { values, positionals } = parseCommandArgs("collection add", rest, { name: { type: "string" } });
  if (positionals.length > 0)
    throw new UsageError(`collection add: unexpected argument "${positionals[0]}".`);
  const name = requiredFlag("collection add", values.name, "name");
  return { name: asUsage("collection add", () => parseCollectionName(name)) };
}

/** `quire collection add`: an empty collection only admins can read until access is granted. */
export function runCollectionAddCommand(services: Services, command: CollectionAddCommand): number {
  const collection = createCollection(services, command.name, CLI_ACTOR);
  process.stdout.write(`Created collection ${collection.name} (id ${collection.id}).\n`);
  return 0;
}
