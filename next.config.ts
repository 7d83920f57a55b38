import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native or worker-based packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@lancedb/lancedb", "pdfjs-dist", "better-sqlite3"],
  poweredByHeader: false,
  // No telemetry: Quire runs on air-gapped hosts.
  devIndicators: false,
};

export default nextConfig;
