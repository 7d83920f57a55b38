/**
 * The page policy: everything comes from Quire itself (no fonts, scripts or beacons from anywhere
 * else), and a script runs only if it carries this response's nonce or was loaded by one that did
 * ('strict-dynamic'), so an injected <script> or inline handler does nothing even on Quire's own
 * origin. Styles keep 'unsafe-inline': React writes style attributes, which a nonce cannot cover,
 * and styles cannot run code. Development mode also needs eval for fast refresh.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const scripts = [
    `'self'`,
    `'nonce-${nonce}'`,
    `'strict-dynamic'`,
    ...(development ? [`'unsafe-eval'`] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The document viewer runs pdf.js's worker, served by Quire itself; stated outright because
    // with 'strict-dynamic' a script-src fallback would not vouch for a same-origin worker.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response (Web Crypto, so it works wherever the proxy runs). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
