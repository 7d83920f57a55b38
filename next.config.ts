import type { NextConfig } from "next";

// Everything the browser loads comes from Quire itself: no fonts, scripts or beacons
// from anywhere else. Next.js's hydration needs inline scripts; dev mode also needs eval.
const scriptSource =
  process.env.NODE_ENV === "production" ? "'self' 'unsafe-inline'" : "'self' 'unsafe-inline' 'unsafe-eval'";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src ${scriptSource}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const nextConfig: NextConfig = {
  // Native or worker-based packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@lancedb/lancedb", "pdfjs-dist", "better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  devIndicators: false,
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "no-referrer" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    return [
      { source: "/:path*", headers: common },
      // Pages only: the original-file route must stay viewable by the browser's PDF viewer.
      {
        source: "/((?!api/).*)",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }],
      },
    ];
  },
};

export default nextConfig;
