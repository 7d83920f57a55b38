/** Set by proxy.ts on page requests: the path and query the browser asked for, for ?next= after signing in. */
export const PAGE_PATH_HEADER = "x-quire-page-path";
