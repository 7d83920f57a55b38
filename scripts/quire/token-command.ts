import { CLI_ACTOR } from "@/lib/audit/audit-event";
import { SCOPES, type Scope } from "@/lib/auth/roles";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";
import { listApiTokens } from "@/lib/auth/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/auth/tokens/revoke-api-token";
import { requireUserByEmail } from "@/lib/auth/users/require-user";
import type { Services } from "@/lib/runtime/services";
import { parseCommandArgs } from "./parse-command-args";
import { choiceFlag, requiredFlag } from "./required-flag";
import { UsageError } from "./usage-error";

export type TokenCommand =
  | { action: "create"; email: string; scope: Scope; label: string }
  | { action: "list"; email: string }
  | { action: "revoke"; id: string };

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command}: unexpected argument "${positionals[0]}".`);
}

export function parseTokenCommand(argv: string[]): TokenCommand {
  const [action, ...rest] = argv;
  if (action === "create") {
    const { values, positionals } = parseCommandArgs("token create", rest, {
      user: { type: "string" },
      scope: { type: "string" },
      label: { type: "string" },
    });
    noPositionals("token create", positionals);
    return {
      action,
      email: requiredFlag("token create", values.user, "user"),
      scope: choiceFlag("token create", values.scope, "scope", SCOPES),
      label: values.label?.trim() ?? "",
    };
  }
  if (action === "list") {
    const { values, positionals } = parseCommandArgs("token list", rest, { user: { type: "string" } });
    noPositionals("token list", positionals);
    return { action, email: requiredFlag("token list", values.user, "user") };
  }
  if (action === "revoke") {
    const { values, positionals } = parseCommandArgs("token revoke", rest, { id: { type: "string" } });
    noPositionals("token revoke", positionals);
    return { action, id: requiredFlag("token revoke", values.id, "id") };
  }
  throw new UsageError(
    `token: expected "token create", "token list" or "token revoke", got "token ${action ?? ""}".`,
  );
}

const when = (date: Date | null) => (date === null ? "-" : date.toISOString());

/**
 * `quire token create` prints the token and nothing else on stdout, once: only its hash is
 * kept. `token list` shows ids (for `token revoke --id`), never tokens.
 */
export function runTokenCommand(services: Services, command: TokenCommand): number {
  if (command.action === "create") {
    const user = requireUserByEmail(services, command.email);
    const created = createApiToken(services, user, { scope: command.scope, label: command.label }, CLI_ACTOR);
    process.stdout.write(`${created.token}\n`);
    return 0;
  }
  if (command.action === "list") {
    const user = requireUserByEmail(services, command.email);
    process.stdout.write("id\tscope\tlabel\tcreated\tlast used\trevoked\n");
    for (const token of listApiTokens(services, user.id)) {
      process.stdout.write(
        `${token.id}\t${token.scope}\t${token.label || "-"}\t${when(token.createdAt)}\t${when(token.lastUsedAt)}\t${when(token.revokedAt)}\n`,
      );
    }
    return 0;
  }
  revokeApiToken(services, command.id, new Date(), CLI_ACTOR);
  process.stdout.write(`Revoked token ${command.id}.\n`);
  return 0;
}
