import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSetting } from "@/db/queries/settings";
import { createCollection } from "@/lib/access/collections/create-collection";
import { grantAccess } from "@/lib/access/grants/grant-access";
import { DEFAULT_SENSITIVE_POLICY } from "@/lib/pii";
import { sensitivePolicyKey } from "@/lib/pii/policy-store";
import { policyApiAs } from "../support/policy-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import { type CliResult, runQuireCli } from "../support/run-quire-cli";
import { makeTempDir } from "../support/temp-dir";

const VALID = {
  action: "mask_for_model",
  kinds: ["email", "mrn"],
  mrnPatterns: [{ name: "ward", pattern: "MRN-\\d{7}" }],
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  createCollection(harness.services, "wards");
  createCollection(harness.services, "minutes");
});

afterAll(async () => {
  await harness?.close();
});

async function errorOf(response: Response): Promise<{ status: number; message: string }> {
  const body = (await response.json()) as { error: { message: string } };
  return { status: response.status, message: body.error.message };
}

describe("GET and PUT /api/collections/:id/policy", () => {
  it("answers the default until a policy is set, then the stored one, by name or id", async () => {
    const policies = policyApiAs();
    const before = (await (await policies.get("wards")).json()) as { policy: unknown };
    expect(before.policy).toEqual(DEFAULT_SENSITIVE_POLICY);
    const put = await policies.put("wards", VALID);
    expect(put.status).toBe(200);
    const after = (await (await policies.get("wards")).json()) as {
      collection: { id: string };
      policy: unknown;
    };
    expect(after.policy).toEqual(VALID);
    expect((await (await policies.get(after.collection.id)).json()) as unknown).toEqual(after);
    expect(getSetting(harness.services.db, sensitivePolicyKey(after.collection.id))).toEqual(VALID);
  });

  it.each([
    ["an unknown action", { ...VALID, action: "redact" }, /action/],
    ["an unknown kind", { ...VALID, kinds: ["email", "fax"] }, /kinds/],
    ["a kind listed twice", { ...VALID, kinds: ["email", "email"] }, /lists a kind twice/],
    [
      "a pattern with nested quantifiers",
      { ...VALID, mrnPatterns: [{ name: "n", pattern: "(a+)+$" }] },
      /nested quantifiers/,
    ],
    [
      "invalid regex syntax",
      { ...VALID, mrnPatterns: [{ name: "n", pattern: "MRN(\\d" }] },
      /not a valid regular expression/,
    ],
    [
      "a pattern matching empty text",
      { ...VALID, mrnPatterns: [{ name: "n", pattern: "\\d*" }] },
      /empty text/,
    ],
    ["a backreference", { ...VALID, mrnPatterns: [{ name: "n", pattern: "(\\d)\\1" }] }, /backreference/],
    [
      "two patterns with one name",
      {
        ...VALID,
        mrnPatterns: [
          { name: "n", pattern: "A\\d" },
          { name: "n", pattern: "B\\d" },
        ],
      },
      /same name/,
    ],
    ["no kinds field", { action: "allow", mrnPatterns: [] }, /kinds/],
  ])("refuses %s with 400, naming the problem, and keeps the stored policy", async (_name, body, message) => {
    const policies = policyApiAs();
    const before = await (await policies.get("wards")).json();
    const error = await errorOf(await policies.put("wards", body));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
    expect(await (await policies.get("wards")).json()).toEqual(before);
  });

  it("lets managers of the collection in, refuses readers of it (403) and hides it from others (404)", async () => {
    const manager = await harness.signIn("editor");
    const readerEditor = await harness.signIn("editor");
    const outsider = await harness.signIn("editor");
    grantAccess(harness.services, {
      collection: "minutes",
      grantee: { userEmail: manager.user.email },
      access: "manage",
    });
    grantAccess(harness.services, {
      collection: "minutes",
      grantee: { userEmail: readerEditor.user.email },
      access: "read",
    });
    expect((await policyApiAs(manager.identity).put("minutes", { ...VALID, action: "allow" })).status).toBe(
      200,
    );
    expect((await policyApiAs(manager.identity).get("wards")).status).toBe(404);
    expect((await errorOf(await policyApiAs(readerEditor.identity).get("minutes"))).status).toBe(403);
    expect((await errorOf(await policyApiAs(outsider.identity).put("minutes", VALID))).status).toBe(404);
    expect((await policyApiAs(outsider.identity).get("no-such-collection")).status).toBe(404);
  });
});

describe("quire collection policy", { timeout: 300_000 }, () => {
  const temp = makeTempDir("quire-policy-cli-");
  const env = { QUIRE_DATA_DIR: path.join(temp.dir, "data") };
  const quire = (args: string[]): Promise<CliResult> => runQuireCli(args, env, 120_000);

  beforeAll(async () => {
    const created = await quire(["collection", "add", "--name", "wards"]);
    expect(created.code, created.stderr).toBe(0);
  }, 120_000);

  afterAll(() => temp.remove());

  it("sets a policy, keeps what is not given, and shows it", async () => {
    const set = await quire([
      "collection",
      "policy",
      "--collection",
      "wards",
      "--action",
      "mask_before_indexing",
      "--kinds",
      "email,card,mrn",
      "--mrn",
      "ward=MRN-\\d{7}",
    ]);
    expect(set.code, set.stderr).toBe(0);
    const changed = await quire([
      "collection",
      "policy",
      "--collection",
      "wards",
      "--action",
      "mask_for_model",
    ]);
    expect(changed.code, changed.stderr).toBe(0);
    const shown = await quire(["collection", "policy", "--collection", "wards"]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual({
      action: "mask_for_model",
      kinds: ["email", "card", "mrn"],
      mrnPatterns: [{ name: "ward", pattern: "MRN-\\d{7}" }],
    });
  });

  it.each([
    [
      "an unknown action",
      ["--action", "redact"],
      2,
      /--action must be one of allow, mask_before_indexing, mask_for_model/,
    ],
    ["an unknown kind", ["--action", "allow", "--kinds", "email,fax"], 2, /unknown kind "fax"/],
    ["an MRN flag without a name", ["--action", "allow", "--mrn", "MRN-\\d+"], 2, /--mrn takes NAME=REGEX/],
    [
      "a dangerous pattern",
      ["--action", "allow", "--mrn", "bad=(a+)+$"],
      2,
      /mrnPatterns\.0\.pattern: pattern repeats a group/,
    ],
    [
      "an invalid pattern",
      ["--action", "allow", "--mrn", "bad=MRN(\\d"],
      2,
      /not a valid regular expression/,
    ],
    ["kinds without an action", ["--kinds", "email"], 2, /--action is required/],
    ["an unknown collection", ["--action", "allow"], 1, /no collection named "nowhere"/],
  ])("refuses %s", async (name, flags, code, message) => {
    const collection = name === "an unknown collection" ? "nowhere" : "wards";
    const result = await quire(["collection", "policy", "--collection", collection, ...flags]);
    expect(result.code, result.stdout).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
