/** Layering: app -> lib | ingest -> db. Each outside system has exactly one adapter. */
module.exports = {
  forbidden: [
    {
      name: "app-not-into-ingest",
      comment: "app/ enqueues jobs through lib/; it never imports the ingest pipeline.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^ingest/" },
    },
    {
      name: "lib-not-upward",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|ingest|scripts)/" },
    },
    {
      name: "ingest-not-upward",
      severity: "error",
      from: { path: "^ingest/" },
      to: { path: "^(app|scripts)/" },
    },
    {
      name: "db-not-upward",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(app|lib|ingest|scripts)/" },
    },
    {
      name: "production-not-into-tests",
      severity: "error",
      from: { path: "^(app|lib|ingest|db|scripts)/" },
      to: { path: "^(tests|bench)/" },
    },
    {
      name: "only-llm-adapter-imports-ollama",
      severity: "error",
      from: { pathNot: "^lib/llm/" },
      to: { path: "node_modules/ollama/" },
    },
    {
      name: "only-vector-adapter-imports-lancedb",
      severity: "error",
      from: { pathNot: "^lib/vector/" },
      to: { path: "node_modules/(@lancedb|apache-arrow)/" },
    },
    {
      name: "only-db-touches-sql",
      severity: "error",
      from: { pathNot: "^(db/|drizzle\\.config\\.ts)" },
      to: { path: "node_modules/(better-sqlite3|drizzle-orm)/" },
    },
    {
      name: "only-oidc-adapter-imports-openid-client",
      severity: "error",
      from: { pathNot: "^lib/auth/oidc/" },
      to: { path: "node_modules/(openid-client|oauth4webapi)/" },
    },
    {
      name: "only-pdf-extractor-imports-pdfjs",
      severity: "error",
      from: { pathNot: "^(ingest/extract/|app/components/pdf)" },
      to: { path: "node_modules/pdfjs-dist/" },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    exclude: { path: "^(node_modules|\\.next|data)/" },
  },
};
