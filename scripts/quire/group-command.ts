import { addGroupMember } from "@/lib/access/groups/add-group-member";
import { createGroup } from "@/lib/access/groups/create-group";
import { CLI_ACTOR } from "@/lib/audit/audit-event";
import type { Services } from "@/lib/runtime/services";
import { parseCommandArgs } from "./parse-command-args";
import { requiredFlag } from "./required-flag";
import { UsageError } from "./usage-error";

export type GroupCommand =
  | { action: "add"; name: string }
  | { action: "member"; group: string; email: string };

export function parseGroupCommand(argv: string[]): GroupCommand {
  const [action, ...rest] = argv;
  if (action === "add") {
    const { values, positionals } = parseCommandArgs("group add", rest, { name: { type: "string" } });
    if (positionals.length > 0) throw new UsageError(`group add: unexpected argument "${positionals[0]}".`);
    return { action, name: requiredFlag("group add", values.name, "name") };
  }
  if (action === "member") {
    const { values, positionals } = parseCommandArgs("group member", rest, {
      group: { type: "string" },
      user: { type: "string" },
    });
    if (positionals.length > 0)
      throw new UsageError(`group member: unexpected argument "${positionals[0]}".`);
    return {
      action,
      group: requiredFlag("group member", values.group, "group"),
      email: requiredFlag("group member", values.user, "user"),
    };
  }
  throw new UsageError(`group: expected "group add" or "group member", got "group ${action ?? ""}".`);
}

/** `quire group add` and `quire group member`. */
export function runGroupCommand(services: Services, command: GroupCommand): number {
  if (command.action === "add") {
    const group = createGroup(services, command.name, CLI_ACTOR);
    process.stdout.write(`Created group ${group.name}.\n`);
    return 0;
  }
  const added = addGroupMember(services, command.group, command.email, CLI_ACTOR);
  process.stdout.write(
    added
      ? `Added ${command.email} to group ${command.group}.\n`
      : `${command.email} is already in group ${command.group}.\n`,
  );
  return 0;
}
