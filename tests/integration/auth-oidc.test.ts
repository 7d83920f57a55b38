import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/auth/me/route";
import { findGroupByName, groupsOfUser, insertGroup, insertGroupMember } from "@/db/queries/groups";
import { findUserByEmail, findUserByOidcSubject } from "@/db/queries/users";
import { users } from "@/db/schema";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { createTestUser } from "../support/accounts";
import { loginAtProvider } from "../support/oidc-provider-login";
import {
  callbackAtQuire,
  signInWithProvider,
  startAtQuire,
  TEST_CALLBACK_URL,
} from "../support/oidc-sign-in-flow";
import { type Harness, startHarness } from "../support/quire-harness";
import { startOidcProvider, type TestOidcProvider } from "../support/start-oidc-provider";
import { requestAs } from "../support/test-identity";

const PAGE = { limit: 50, offset: 0 };

let provider: TestOidcProvider;
let harness: Harness;

beforeAll(async () => {
  provider = await startOidcProvider([TEST_CALLBACK_URL]);
  harness = await startHarness({
    QUIRE_OIDC_ISSUER: provider.issuer,
    QUIRE_OIDC_CLIENT_ID: provider.clientId,
    QUIRE_OIDC_CLIENT_SECRET: provider.clientSecret,
    QUIRE_OIDC_REDIRECT_URL: TEST_CALLBACK_URL,
    QUIRE_OIDC_GROUP_MAP: "nurses=ward-staff,board=board-members",
  });
});

afterAll(async () => {
  await harness?.close();
  await provider?.close();
});

const groupNames = (userId: string) =>
  groupsOfUser(harness.services.db, userId)
    .map((group) => group.name)
    .sort();

describe("single sign-on against a real OIDC provider", () => {
  it("creates a reader without a password, in the mapped groups only, and signs it in", async () => {
    provider.accounts.set("nurse-1", {
      email: "Nurse.One@Example.org",
      email_verified: true,
      name: "Nurse One",
      groups: ["nurses", "not-mapped"],
    });
    const result = await signInWithProvider("nurse-1", "/documents?filter=failed");
    expect(result.location).toBe("/documents?filter=failed");
    expect(result.sessionToken).not.toBeNull();

    const user = findUserByOidcSubject(harness.services.db, "nurse-1");
    expect(user).toMatchObject({
      email: "nurse.one@example.org",
      name: "Nurse One",
      role: "reader",
      passwordHash: null,
    });
    expect(groupNames(user?.id ?? "")).toEqual(["ward-staff"]);
    expect(findGroupByName(harness.services.db, "not-mapped")).toBeUndefined();

    const response = await me(
      requestAs({ kind: "session", token: result.sessionToken ?? "" }, "http://quire.test/api/auth/me"),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { email: "nurse.one@example.org", role: "reader" } });

    const signIns = listAuditEvents(
      harness.services,
      { action: "auth.sign_in", targetId: user?.id ?? "" },
      PAGE,
    );
    expect(signIns.events[0]?.details).toMatchObject({ method: "oidc", groupsAdded: ["ward-staff"] });
  });

  it("signs the same subject into the same account again, following its new e-mail", async () => {
    const before = findUserByOidcSubject(harness.services.db, "nurse-1");
    provider.accounts.set("nurse-1", {
      email: "nurse.renamed@example.org",
      email_verified: true,
      groups: ["nurses"],
    });
    const result = await signInWithProvider("nurse-1");
    expect(result.location).toBe("/");
    expect(result.sessionToken).not.toBeNull();
    const after = findUserByOidcSubject(harness.services.db, "nurse-1");
    expect(after?.id).toBe(before?.id);
    // The e-mail is not rewritten: Quire keeps the one the account was created or linked with.
    expect(findUserByEmail(harness.services.db, "nurse.renamed@example.org")).toBeUndefined();
  });

  it("syncs mapped groups on every sign-in and never touches groups the map does not name", async () => {
    const user = findUserByOidcSubject(harness.services.db, "nurse-1");
    if (!user) throw new Error("no user");
    const manual = insertGroup(harness.services.db, { id: "manual-group", name: "given-by-cli" });
    insertGroupMember(harness.services.db, manual.id, user.id);
    provider.accounts.set("nurse-1", {
      email: "nurse.one@example.org",
      email_verified: true,
      groups: ["board"],
    });

    const result = await signInWithProvider("nurse-1");
    expect(result.sessionToken).not.toBeNull();
    expect(groupNames(user.id)).toEqual(["board-members", "given-by-cli"]);
  });

  it("links an existing local account by e-mail only when the provider verified it", async () => {
    const local = await createTestUser(harness.services, { role: "editor", email: "doctor@example.org" });
    provider.accounts.set("doctor-unverified", {
      email: "doctor@example.org",
      email_verified: false,
      groups: [],
    });
    const refused = await signInWithProvider("doctor-unverified");
    expect(refused).toEqual({ location: "/login?sso_error=unverified-email", sessionToken: null });

    provider.accounts.set("doctor", { email: "doctor@example.org", email_verified: true, groups: [] });
    const linked = await signInWithProvider("doctor");
    expect(linked.sessionToken).not.toBeNull();
    expect(findUserByOidcSubject(harness.services.db, "doctor")).toMatchObject({
      id: local.id,
      role: "editor",
    });

    // Another subject claiming the same, already linked address is refused.
    provider.accounts.set("impostor", { email: "doctor@example.org", email_verified: true, groups: [] });
    expect(await signInWithProvider("impostor")).toEqual({
      location: "/login?sso_error=link-refused",
      sessionToken: null,
    });
  });

  it("refuses a disabled account", async () => {
    const user = findUserByOidcSubject(harness.services.db, "nurse-1");
    harness.services.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.id, user?.id ?? ""))
      .run();
    expect(await signInWithProvider("nurse-1")).toEqual({
      location: "/login?sso_error=disabled",
      sessionToken: null,
    });
  });

  it("refuses a callback whose state does not match the browser's cookie, or that has no cookie", async () => {
    provider.accounts.set("nurse-2", {
      email: "nurse.two@example.org",
      email_verified: true,
      groups: ["nurses"],
    });
    const { authorizationUrl, stateCookie } = await startAtQuire();
    const callback = await loginAtProvider(authorizationUrl, "nurse-2", TEST_CALLBACK_URL);

    const forged = new URL(callback);
    forged.searchParams.set("state", "attacker-chosen");
    expect(await callbackAtQuire(forged, stateCookie)).toEqual({
      location: "/login?sso_error=expired",
      sessionToken: null,
    });
    // Another browser's sign-in state does not fit this code either.
    const other = await startAtQuire();
    expect(await callbackAtQuire(callback, other.stateCookie)).toEqual({
      location: "/login?sso_error=expired",
      sessionToken: null,
    });
    expect(await callbackAtQuire(callback, null)).toEqual({
      location: "/login?sso_error=expired",
      sessionToken: null,
    });
    expect(findUserByOidcSubject(harness.services.db, "nurse-2")).toBeUndefined();
  });

  it("sends a provider refusal back to the sign-in page with a message", async () => {
    const { stateCookie } = await startAtQuire();
    const state = JSON.parse(Buffer.from(stateCookie, "base64url").toString()) as { state: string };
    const denied = new URL(TEST_CALLBACK_URL);
    denied.search = new URLSearchParams({ error: "access_denied", state: state.state }).toString();
    expect(await callbackAtQuire(denied, stateCookie)).toEqual({
      location: "/login?sso_error=denied",
      sessionToken: null,
    });
    const failures = listAuditEvents(harness.services, { action: "auth.sign_in_failed" }, PAGE).events;
    expect(failures.map((event) => event.details)).toContainEqual({ method: "oidc", reason: "denied" });
  });
});
