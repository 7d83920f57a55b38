import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, type Db, databasePath, openDatabase } from "@/db/client";
import { findCollectionByName } from "@/db/queries/collections";
import { findGroupByName, groupIdsOfUser } from "@/db/queries/groups";
import { findUserByEmail } from "@/db/queries/users";
import { computeCollectionAccess } from "@/lib/access/collection-access";
import { signIn } from "@/lib/auth/login/sign-in";
import { resolveApiToken } from "@/lib/auth/tokens/resolve-api-token";
import { CREATE_FIRST_ADMIN, firstAdminNotice } from "@/lib/auth/users/first-admin-notice";
import { loadConfig } from "@/lib/config";
import { type CliResult, runQuireCli } from "../support/run-quire-cli";
import { makeTempDir } from "../support/temp-dir";

const temp = makeTempDir("quire-auth-cli-");
const dataDir = path.join(temp.dir, "data");
const env = { QUIRE_DATA_DIR: dataDir };
const quire = (args: string[], input?: string): Promise<CliResult> => runQuireCli(args, env, 120_000, input);
const PASSWORD = "a long passphrase for the nurse";

/** Reads the CLI's data directory from this process, as the web server would. */
function withDb<T>(read: (services: { db: Db; config: ReturnType<typeof loadConfig> }) => T): T {
  const config = loadConfig({ QUIRE_DATA_DIR: dataDir });
  const db = openDatabase(databasePath(dataDir));
  try {
    return read({ db, config });
  } finally {
    closeDatabase(db);
  }
}

/** Signs in against the CLI's data directory, as the login route would. */
async function signInThere(email: string, password: string) {
  const config = loadConfig({ QUIRE_DATA_DIR: dataDir });
  const db = openDatabase(databasePath(dataDir));
  try {
    return await signIn({ db, config }, { email, password, ip: "127.0.0.1" });
  } finally {
    closeDatabase(db);
  }
}

afterAll(() => temp.remove());

describe("the first start", () => {
  it("says how to create the first admin while there are no users", () => {
    withDb((services) => {
      const notice = firstAdminNotice(services);
      expect(notice).toContain(CREATE_FIRST_ADMIN);
      expect(CREATE_FIRST_ADMIN).toBe("npm run quire -- user add --email you@example.org --role admin");
    });
  });
});

describe("quire user, group, collection, grant and token", { timeout: 300_000 }, () => {
  let adminPassword = "";

  beforeAll(async () => {
    const result = await quire(["user", "add", "--email", "Root@Example.org", "--role", "admin"]);
    expect(result.code, result.stderr).toBe(0);
    adminPassword = result.stdout.trim();
  });

  it("creates an admin with a generated password printed once, alone on stdout", async () => {
    expect(adminPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const signedIn = await signInThere("root@example.org", adminPassword);
    expect(signedIn.user).toMatchObject({ email: "root@example.org", role: "admin" });
    expect(withDb((services) => firstAdminNotice(services))).toBeNull();
  });

  it("takes a password from stdin with --password-stdin", async () => {
    const result = await quire(
      [
        "user",
        "add",
        "--email",
        "nurse@example.org",
        "--role",
        "editor",
        "--name",
        "Nurse Ratched",
        "--password-stdin",
      ],
      `${PASSWORD}\n`,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("Created editor nurse@example.org.\n");
    const user = await signInThere("nurse@example.org", PASSWORD);
    expect(user.user.name).toBe("Nurse Ratched");
  });

  it("refuses a second account for the same e-mail with exit code 1", async () => {
    const result = await quire(["user", "add", "--email", "NURSE@example.org", "--role", "reader"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("A user with the e-mail nurse@example.org already exists.");
    expect(result.stdout).toBe("");
  });

  it("refuses a password shorter than twelve characters", async () => {
    const result = await quire(
      ["user", "add", "--email", "short@example.org", "--role", "reader", "--password-stdin"],
      "short\n",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/at least 12 characters/);
  });

  it("builds groups, collections and grants that reach the editor", async () => {
    const steps: Array<[string[], string]> = [
      [["group", "add", "--name", "Nursing"], "Created group Nursing."],
      [
        ["group", "member", "--group", "Nursing", "--user", "nurse@example.org"],
        "Added nurse@example.org to group Nursing.",
      ],
      [
        ["group", "member", "--group", "Nursing", "--user", "nurse@example.org"],
        "nurse@example.org is already in group Nursing.",
      ],
      [["collection", "add", "--name", "wards"], "Created collection wards (id "],
      [["collection", "add", "--name", "policies"], "Created collection policies (id "],
      [
        ["grant", "--collection", "wards", "--group", "Nursing", "--access", "manage"],
        "Granted manage on collection wards to group Nursing.",
      ],
      [
        ["grant", "--collection", "policies", "--user", "nurse@example.org", "--access", "read"],
        "Granted read on collection policies to user nurse@example.org.",
      ],
    ];
    for (const [args, output] of steps) {
      const result = await quire(args);
      expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toContain(output);
    }
    withDb((services) => {
      const nurse = findUserByEmail(services.db, "nurse@example.org");
      const group = findGroupByName(services.db, "Nursing");
      const wards = findCollectionByName(services.db, "wards");
      const policies = findCollectionByName(services.db, "policies");
      if (!nurse || !group || !wards || !policies) throw new Error("the CLI did not create what it reported");
      const groups = groupIdsOfUser(services.db, nurse.id);
      expect(groups).toEqual([group.id]);
      const access = computeCollectionAccess(services, nurse, groups, "ingest");
      expect(access.readableCollectionIds.sort()).toEqual([policies.id, wards.id].sort());
      expect(access.manageableCollectionIds).toEqual([wards.id]);
    });
  });

  it("creates a token, printing only the token, that authenticates as its user with its scope", async () => {
    const result = await quire([
      "token",
      "create",
      "--user",
      "nurse@example.org",
      "--scope",
      "ingest",
      "--label",
      "scanner",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^qt_[A-Za-z0-9_-]{43}\n$/);
    const token = result.stdout.trim();
    const found = withDb((services) => resolveApiToken(services, token));
    expect(found?.user.email).toBe("nurse@example.org");
    expect(found?.token).toMatchObject({ scope: "ingest", label: "scanner" });

    const listed = await quire(["token", "list", "--user", "nurse@example.org"]);
    expect(listed.stdout).not.toContain(token);
    const id = found?.token.id ?? "";
    expect(listed.stdout).toContain(`${id}\tingest\tscanner\t`);

    const revoked = await quire(["token", "revoke", "--id", id]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(withDb((services) => resolveApiToken(services, token))).toBeNull();
    const again = await quire(["token", "revoke", "--id", id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already revoked/);
  });

  it("refuses a token with more scope than the user's role allows", async () => {
    const result = await quire(["token", "create", "--user", "nurse@example.org", "--scope", "admin"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/scope ingest at most/);
    expect(result.stdout).toBe("");
  });

  it.each([
    [["user", "add", "--role", "admin"], /--email is required/],
    [
      ["user", "add", "--email", "x@example.org", "--role", "owner"],
      /--role must be one of admin, editor, reader/,
    ],
    [["user", "add", "--email", "not-an-email", "--role", "admin"], /is not an e-mail address/],
    [["user", "remove"], /expected "user add"/],
    [["group", "member", "--group", "Nursing"], /--user is required/],
    [["collection", "add", "--name", "has space"], /collection name/],
    [
      ["grant", "--collection", "wards", "--user", "a@example.org", "--group", "Nursing", "--access", "read"],
      /exactly one of --user/,
    ],
    [
      ["grant", "--collection", "wards", "--group", "Nursing", "--access", "write"],
      /--access must be one of read, manage/,
    ],
    [
      ["token", "create", "--user", "nurse@example.org", "--scope", "everything"],
      /--scope must be one of read, ingest, admin/,
    ],
  ])("exits 2 with a clear message for %j", async (args, message) => {
    const result = await quire(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    [
      ["grant", "--collection", "nowhere", "--group", "Nursing", "--access", "read"],
      /no collection named "nowhere"/,
    ],
    [
      ["grant", "--collection", "wards", "--user", "ghost@example.org", "--access", "read"],
      /no user with the e-mail ghost@example.org/,
    ],
    [["group", "member", "--group", "Nobody", "--user", "nurse@example.org"], /no group named Nobody/],
    [["collection", "add", "--name", "wards"], /collection named wards already exists/],
  ])("exits 1 naming what is missing or duplicate for %j", async (args, message) => {
    const result = await quire(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
