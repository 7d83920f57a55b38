import type { Principal } from "@/lib/auth/principal";
import type { VectorFilter } from "@/lib/vector";

declare const readScopeBrand: unique symbol;

/**
 * The collections a read may see. Every domain function that returns documents, chunks or
 * anything derived from them takes one as a required argument, and it can only be built
 * here: from the request's principal, or with `allCollections()` for operator paths (CLI,
 * evaluation) that act for the whole library. A caller cannot forget the filter or widen
 * it by assembling an object literal.
 */
export type ReadScope = { readonly [readScopeBrand]: true } & (
  | { readonly all: true }
  | { readonly all: false; readonly collectionIds: readonly string[] }
);

function brand(scope: { all: true } | { all: false; collectionIds: readonly string[] }): ReadScope {
  return Object.freeze(scope) as ReadScope;
}

/** What this principal may read: everything for admins, else its granted collections (possibly none). */
export function readScopeOf(principal: Pick<Principal, "role" | "readableCollectionIds">): ReadScope {
  if (principal.role === "admin") return brand({ all: true });
  return brand({ all: false, collectionIds: Object.freeze([...principal.readableCollectionIds]) });
}

/** The whole library: only for operator tools (admin CLI, evaluation), never for a request. */
export function allCollections(): ReadScope {
  return brand({ all: true });
}

/** The allowed collection ids, or null for all; an empty list allows nothing. */
export function scopeCollectionIds(scope: ReadScope): readonly string[] | null {
  return scope.all ? null : scope.collectionIds;
}

export function scopeIncludes(scope: ReadScope, collectionId: string): boolean {
  return scope.all || scope.collectionIds.includes(collectionId);
}

/** Narrows a vector-store filter to the scope; the store treats an empty list as "nothing matches". */
export function scopedVectorFilter(scope: ReadScope, filter: VectorFilter | undefined): VectorFilter {
  const base = filter ?? {};
  if (scope.all) return base;
  const allowed = base.collectionIds
    ? base.collectionIds.filter((id) => scope.collectionIds.includes(id))
    : [...scope.collectionIds];
  return { ...base, collectionIds: allowed };
}
