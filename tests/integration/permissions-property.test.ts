import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteGrant, type Grantee, upsertGrant } from "@/db/queries/grants";
import { groupIdsOfUser } from "@/db/queries/groups";
import type { GrantAccess, UserRow } from "@/db/schema";
import { computeCollectionAccess } from "@/lib/access/collection-access";
import { createCollection } from "@/lib/access/collections/create-collection";
import { addGroupMember } from "@/lib/access/groups/add-group-member";
import { createGroup } from "@/lib/access/groups/create-group";
import { ROLE_SCOPE, type Role } from "@/lib/auth/roles";
import { sessionIdentity } from "../support/accounts";
import { queueApiAs } from "../support/queue-route-client";
import { type Harness, startHarness } from "../support/quire-harness";
import { apiAs } from "../support/route-client";
import type { TestIdentity } from "../support/test-identity";

/**
 * Documents are ingested once (ingestion is slow); what varies per trial is who asks and which
 * grants exist (SQL rows, cheap to rewrite). Each collection has a marker word shared by its
 * documents, used in queries; each document has a secret word, in its text and as its title,
 * that no query uses. A response leaks a document when its id (chunk ids embed it), secret or
 * its collection's marker appears anywhere in the raw body.
 */
const MARKERS = ["zephyrine", "quokkalith", "marmolite", "vantablue", "skorplex", "thundrel"];
const DOCS_PER_COLLECTION = 3;
const GROUPS = 4;
const TRIALS = Number(process.env.QUIRE_PERMISSION_TRIALS ?? 10_000);
/** Every ASK_EVERY-th trial also asks (a full streamed answer); the rest search, list, open and read the queue. */
const ASK_EVERY = 10;
const SEED = Number(process.env.QUIRE_PERMISSION_SEED ?? 20261123);

interface Doc {
  id: string;
  collection: number;
  secret: string;
}
interface Account {
  user: UserRow;
  identity: TestIdentity;
  groups: number[];
}

let harness: Harness;
const collectionIds: string[] = [];
const groupIds: string[] = [];
const docs: Doc[] = [];
const accounts: Account[] = [];

function docText(marker: string, secret: string, n: number): string {
  return `# ${marker} notes ${n}\n\nThe ${marker} procedure section ${n} covers ${marker} handling and ${secret} review.\n`;
}

beforeAll(async () => {
  harness = await startHarness();
  const { services } = harness;
  for (const [c, marker] of MARKERS.entries()) {
    collectionIds.push(createCollection(services, `c${c}`).id);
    const files = Array.from({ length: DOCS_PER_COLLECTION }, (_, n) => {
      const secret = `secret${c}x${n}glyph`;
      return {
        secret,
        file: { name: `${secret}.md`, bytes: new TextEncoder().encode(docText(marker, secret, n)) },
      };
    });
    const response = await apiAs().upload(
      files.map((f) => f.file),
      { collection: `c${c}` },
    );
    const body = (await response.json()) as { documents: Array<{ id: string }> };
    for (const [n, uploaded] of body.documents.entries()) {
      const secret = files[n]?.secret;
      if (!secret) throw new Error("upload answered more documents than were sent");
      docs.push({ id: uploaded.id, collection: c, secret });
    }
  }
  await harness.drainQueue();
  // One compacted fragment with built indexes, as a settled library has.
  await harness.services.store.optimize();
  for (let g = 0; g < GROUPS; g++) groupIds.push(createGroup(services, `g${g}`).id);
  // Memberships are random but fixed (seeded); grants to groups vary per trial, so the
  // collections reached through groups vary as much as those granted directly.
  const roles: Role[] = ["admin", "editor", "editor", "editor", "reader", "reader", "reader", "reader"];
  const membership = fc.sample(fc.array(fc.subarray([0, 1, 2, 3]), { minLength: 8, maxLength: 8 }), {
    seed: SEED,
    numRuns: 1,
  })[0];
  for (const [i, role] of roles.entries()) {
    const signedIn = i === 0 ? harness.admin : await harness.signIn(role);
    const groups = membership?.[i] ?? [];
    for (const g of groups) addGroupMember(services, `g${g}`, signedIn.user.email);
    accounts.push({ user: signedIn.user, identity: sessionIdentity(services, signedIn.user.id), groups });
  }
}, 300_000);

afterAll(async () => {
  await harness?.close();
});

interface GrantSpec {
  toGroup: boolean;
  who: number;
  collection: number;
  access: GrantAccess;
}

const grantArb = fc.record({
  toGroup: fc.boolean(),
  who: fc.nat({ max: 7 }),
  collection: fc.nat({ max: MARKERS.length - 1 }),
  access: fc.constantFrom<GrantAccess>("read", "manage"),
});

function granteeOf(spec: GrantSpec): Grantee {
  if (spec.toGroup) return { kind: "group", groupId: groupIds[spec.who % GROUPS] ?? "" };
  return { kind: "user", userId: accounts[spec.who]?.user.id ?? "" };
}

let applied: GrantSpec[] = [];

/** Replaces the previous trial's grants with these; the last grant for a grantee and collection wins. */
function applyGrants(specs: GrantSpec[]): void {
  for (const spec of applied)
    deleteGrant(harness.services.db, collectionIds[spec.collection] ?? "", granteeOf(spec));
  for (const spec of specs) {
    upsertGrant(harness.services.db, {
      id: crypto.randomUUID(),
      collectionId: collectionIds[spec.collection] ?? "",
      grantee: granteeOf(spec),
      access: spec.access,
    });
  }
  applied = specs;
}

/** The definition, by brute force: admins read all; others what reaches them or one of their groups. */
function expectedAccess(account: Account, specs: GrantSpec[]): { read: Set<number>; manage: Set<number> } {
  const all = new Set(MARKERS.map((_, c) => c));
  if (account.user.role === "admin") return { read: all, manage: all };
  const last = new Map<string, GrantSpec>();
  for (const spec of specs)
    last.set(`${spec.toGroup}:${spec.toGroup ? spec.who % GROUPS : spec.who}:${spec.collection}`, spec);
  const read = new Set<number>();
  const manage = new Set<number>();
  for (const spec of last.values()) {
    const reaches = spec.toGroup
      ? account.groups.includes(spec.who % GROUPS)
      : accounts[spec.who]?.user.id === account.user.id;
    if (!reaches) continue;
    read.add(spec.collection);
    if (spec.access === "manage" && account.user.role === "editor") manage.add(spec.collection);
  }
  return { read, manage };
}

function leaks(body: string, hidden: Doc[]): string[] {
  const found = new Set<string>();
  for (const doc of hidden) {
    const marker = MARKERS[doc.collection] ?? "";
    for (const needle of [doc.id, doc.secret, marker]) if (body.includes(needle)) found.add(needle);
  }
  return [...found];
}

const trialArb = fc.record({
  account: fc.nat({ max: 7 }),
  grants: fc.array(grantArb, { maxLength: 10 }),
  words: fc.array(fc.constantFrom(...MARKERS, "procedure", "handling", "review"), {
    minLength: 1,
    maxLength: 4,
  }),
  opened: fc.array(fc.nat({ max: MARKERS.length * DOCS_PER_COLLECTION - 1 }), { minLength: 2, maxLength: 2 }),
});

describe("the readable set", () => {
  it("equals the brute-force definition for random users, groups and grants (2,000 runs)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 7 }), fc.array(grantArb, { maxLength: 12 }), (who, specs) => {
        applyGrants(specs);
        const account = accounts[who];
        if (!account) throw new Error("no such account");
        const { role } = account.user;
        const access = computeCollectionAccess(
          harness.services,
          account.user,
          groupIdsOfUser(harness.services.db, account.user.id),
          ROLE_SCOPE[role],
        );
        const expected = expectedAccess(account, specs);
        const toIds = (set: Set<number>) => [...set].map((c) => collectionIds[c]).sort();
        expect([...access.readableCollectionIds].filter((id) => collectionIds.includes(id)).sort()).toEqual(
          toIds(expected.read),
        );
        expect([...access.manageableCollectionIds].filter((id) => collectionIds.includes(id)).sort()).toEqual(
          toIds(expected.manage),
        );
      }),
      { numRuns: 2_000, seed: SEED },
    );
  });
});

describe("every read route", () => {
  it(`shows nothing of an unreadable collection: ${TRIALS} trials of search, list, detail, file and queue, ask on every ${ASK_EVERY}th`, async () => {
    let trial = 0;
    let asked = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(trialArb, async ({ account: who, grants, words, opened }) => {
        trial += 1;
        applyGrants(grants);
        const account = accounts[who];
        if (!account) throw new Error("no such account");
        const readable = expectedAccess(account, grants).read;
        const hidden = docs.filter((doc) => !readable.has(doc.collection));
        const api = apiAs(account.identity);
        const query = words.join(" ");

        const openOne = async (index: number, part: "detail" | "file") => {
          const doc = docs[index];
          if (!doc) throw new Error("no such document");
          const response = part === "detail" ? await api.get(doc.id) : await api.file(doc.id);
          expect(response.status).toBe(readable.has(doc.collection) ? 200 : 404);
          return response.text();
        };
        // The routes of one trial are independent reads: run side by side, as a browser would.
        const [searched, listed, detail, file, queue, answer] = await Promise.all([
          api.search(query, 10),
          api.list(),
          openOne(opened[0] ?? 0, "detail"),
          openOne(opened[1] ?? 0, "file"),
          queueApiAs(account.identity).status(),
          trial % ASK_EVERY === 0 ? api.ask({ question: `What about ${query}?` }) : null,
        ]);
        expect(searched.status).toBe(200);
        const list = (await listed.json()) as { documents: Array<{ id: string }> };
        const visible = docs.filter((doc) => readable.has(doc.collection)).map((doc) => doc.id);
        expect(list.documents.map((d) => d.id).sort()).toEqual(visible.sort());
        const bodies = [await searched.text(), JSON.stringify(list), detail, file, await queue.text()];
        if (answer) {
          asked += 1;
          bodies.push(await answer.text());
        }
        // The question itself may echo words; only what came back from the library counts.
        const returned = bodies.join("\n");
        expect(leaks(returned.replaceAll(query, ""), hidden)).toEqual([]);
      }),
      { numRuns: TRIALS, seed: SEED, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`${trial} trials (${asked} with ask) in ${seconds.toFixed(1)} s`);
    expect(trial).toBeGreaterThanOrEqual(TRIALS);
    expect(asked).toBeGreaterThanOrEqual(Math.floor(TRIALS / ASK_EVERY));
  }, 600_000);
});
