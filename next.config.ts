import type { NextConfig } from "next";

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
    // Pages get their Content-Security-Policy, with a per-response nonce, from proxy.ts.
    return [{ source: "/:path*", headers: common }];
  },
};

export default nextConfig;
