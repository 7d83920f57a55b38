import { requireCollection } from "@/lib/access/collections/require-collection";
import { CLI_ACTOR } from "@/lib/audit/audit-event";
import { type MrnPattern, SENSITIVE_KINDS, type SensitiveKind } from "@/lib/pii";
import { getSensitivePolicy, setSensitivePolicy } from "@/lib/pii/policy-store";
import { SENSITIVE_ACTIONS, type SensitiveAction, sensitivePolicySchema } from "@/lib/pii/sensitive-policy";
import type { Services } from "@/lib/runtime/services";
import { parseCommandArgs } from "./parse-command-args";
import { choiceFlag, requiredFlag } from "./required-flag";
import { UsageError } from "./usage-error";

const COMMAND = "collection policy";

export interface CollectionPolicyCommand {
  collection: string;
  /** Absent: show the policy. */
  change?: {
    action: SensitiveAction;
    /** Absent: keep the current kinds. */
    kinds?: SensitiveKind[];
    /** Absent: keep the current patterns. */
    mrnPatterns?: MrnPattern[];
  };
}

function parseKinds(value: string): SensitiveKind[] {
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return names.map((name) => {
    const kind = SENSITIVE_KINDS.find((known) => known === name);
    if (kind === undefined) {
      throw new UsageError(
        `${COMMAND}: unknown kind "${name}" in --kinds (known: ${SENSITIVE_KINDS.join(", ")}).`,
      );
    }
    return kind;
  });
}

function parseMrn(value: string): MrnPattern {
  const equals = value.indexOf("=");
  if (equals <= 0) throw new UsageError(`${COMMAND}: --mrn takes NAME=REGEX (got "${value}").`);
  return { name: value.slice(0, equals).trim(), pattern: value.slice(equals + 1) };
}

export function parseCollectionPolicyCommand(argv: string[]): CollectionPolicyCommand {
  const { values, positionals } = parseCommandArgs(COMMAND, argv, {
    collection: { type: "string" },
    action: { type: "string" },
    kinds: { type: "string" },
    mrn: { type: "string", multiple: true },
    "clear-mrn": { type: "boolean" },
  });
  if (positionals.length > 0) throw new UsageError(`${COMMAND}: unexpected argument "${positionals[0]}".`);
  const collection = requiredFlag(COMMAND, values.collection, "collection");
  const changes = values.kinds !== undefined || values.mrn !== undefined || values["clear-mrn"] === true;
  if (values.action === undefined) {
    if (changes) throw new UsageError(`${COMMAND}: --action is required to change the policy.`);
    return { collection };
  }
  if (values.mrn !== undefined && values["clear-mrn"] === true) {
    throw new UsageError(`${COMMAND}: --mrn and --clear-mrn cannot be combined.`);
  }
  const action = choiceFlag(COMMAND, values.action, "action", SENSITIVE_ACTIONS);
  const kinds = values.kinds === undefined ? undefined : parseKinds(values.kinds);
  const mrnPatterns = values["clear-mrn"] === true ? [] : values.mrn?.map(parseMrn);
  return {
    collection,
    change: {
      action,
      ...(kinds === undefined ? {} : { kinds }),
      ...(mrnPatterns === undefined ? {} : { mrnPatterns }),
    },
  };
}

function describeProblems(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message,
    )
    .join("; ");
}

/**
 * `quire collection policy`: shows the collection's sensitive data policy, or changes it. Kinds
 * and MRN patterns not given are kept; a policy that fails validation (a dangerous or invalid
 * MRN pattern) is a usage error naming the problem, and nothing is stored.
 */
export function runCollectionPolicyCommand(services: Services, command: CollectionPolicyCommand): number {
  const collection = requireCollection(services, command.collection);
  const current = getSensitivePolicy(services, collection.id);
  if (command.change) {
    const parsed = sensitivePolicySchema.safeParse({ ...current, ...command.change });
    if (!parsed.success) throw new UsageError(`${COMMAND}: ${describeProblems(parsed.error)}`);
    const stored = setSensitivePolicy(services, collection.id, parsed.data, CLI_ACTOR);
    process.stdout.write(
      `Sensitive data policy of ${collection.name} set.\n${JSON.stringify(stored, null, 2)}\n`,
    );
    return 0;
  }
  process.stdout.write(`${JSON.stringify(current, null, 2)}\n`);
  return 0;
}
