/**
 * Imported first by main.ts, before anything loads LanceDB's native module (which reads
 * LANCEDB_LOG once). A hybrid query cannot select `_score`/`_distance`, and LanceDB
 * then logs a deprecation warning for every query, burying the benchmark's own output.
 */
process.env.LANCEDB_LOG ??= "warn,lance::dataset::scanner=error";
