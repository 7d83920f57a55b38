import type { GrantAccess } from "@/db/schema";
import { type GranteeName, grantAccess } from "@/lib/access/grants/grant-access";
import { CLI_ACTOR } from "@/lib/audit/audit-event";
import type { Services } from "@/lib/runtime/services";
import { parseCommandArgs } from "./parse-command-args";
import { choiceFlag, requiredFlag } from "./required-flag";
import { UsageError } from "./usage-error";

export interface GrantCommand {
  collection: string;
  grantee: GranteeName;
  access: GrantAccess;
}

const ACCESS: readonly GrantAccess[] = ["read", "manage"];

export function parseGrantCommand(argv: string[]): GrantCommand {
  const { values, positionals } = parseCommandArgs("grant", argv, {
    collection: { type: "string" },
    user: { type: "string" },
    group: { type: "string" },
    access: { type: "string" },
  });
  if (positionals.length > 0) throw new UsageError(`grant: unexpected argument "${positionals[0]}".`);
  const collection = requiredFlag("grant", values.collection, "collection");
  if ((values.user === undefined) === (values.group === undefined)) {
    throw new UsageError("grant: give exactly one of --user EMAIL or --group NAME.");
  }
  const grantee: GranteeName =
    values.user !== undefined
      ? { userEmail: requiredFlag("grant", values.user, "user") }
      : { groupName: requiredFlag("grant", values.group, "group") };
  return { collection, grantee, access: choiceFlag("grant", values.access, "access", ACCESS) };
}

/** `quire grant`: read or manage access to a collection for a user or a group; granting again replaces it. */
export function runGrantCommand(services: Services, command: GrantCommand): number {
  grantAccess(services, command, CLI_ACTOR);
  const who =
    "userEmail" in command.grantee
      ? `user ${command.grantee.userEmail}`
      : `group ${command.grantee.groupName}`;
  process.stdout.write(`Granted ${command.access} on collection ${command.collection} to ${who}.\n`);
  return 0;
}
