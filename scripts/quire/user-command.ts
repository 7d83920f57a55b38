import { CLI_ACTOR } from "@/lib/audit/audit-event";
import { generatePassword } from "@/lib/auth/password/generate-password";
import { ROLES, type Role } from "@/lib/auth/roles";
import { createUser } from "@/lib/auth/users/create-user";
import { parseEmail } from "@/lib/auth/users/normalize-email";
import type { Services } from "@/lib/runtime/services";
import { parseCommandArgs } from "./parse-command-args";
import { readSecretFromStdin } from "./read-stdin";
import { asUsage, choiceFlag } from "./required-flag";
import { UsageError } from "./usage-error";

export interface UserAddCommand {
  email: string;
  role: Role;
  name: string | undefined;
  passwordFromStdin: boolean;
}

export function parseUserCommand(argv: string[]): UserAddCommand {
  const [action, ...rest] = argv;
  if (action !== "add") throw new UsageError(`user: expected "user add", got "user ${action ?? ""}".`);
  const { values, positionals } = parseCommandArgs("user add", rest, {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    "password-stdin": { type: "boolean" },
  });
  if (positionals.length > 0) throw new UsageError(`user add: unexpected argument "${positionals[0]}".`);
  if (values.email === undefined) throw new UsageError("user add: --email is required.");
  const email = values.email;
  return {
    email: asUsage("user add", () => parseEmail(email)),
    role: choiceFlag("user add", values.role, "role", ROLES),
    name: values.name,
    passwordFromStdin: values["password-stdin"] === true,
  };
}

/**
 * `quire user add`: a local account. With --password-stdin the password is read from stdin;
 * otherwise a strong one is generated and printed once, alone on stdout (the note about it
 * goes to stderr), so scripts can capture it.
 */
export async function runUserAddCommand(services: Services, command: UserAddCommand): Promise<number> {
  const password = command.passwordFromStdin ? await readSecretFromStdin() : generatePassword();
  const user = await createUser(services, { ...command, password }, CLI_ACTOR);
  if (command.passwordFromStdin) {
    process.stdout.write(`Created ${user.role} ${user.email}.\n`);
  } else {
    process.stderr.write(
      `Created ${user.role} ${user.email}. Its password follows; it is shown only this once:\n`,
    );
    process.stdout.write(`${password}\n`);
  }
  return 0;
}
