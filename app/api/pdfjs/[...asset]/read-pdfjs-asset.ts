import fs from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors/app-error";

const CONTENT_TYPES: Record<string, string> = {
  ".mjs": "text/javascript; charset=utf-8",
  // WebAssembly.instantiateStreaming refuses any other type.
  ".wasm": "application/wasm",
};

/** Quire runs from its checkout (npm start), so pdf.js's files sit in its node_modules. */
function pdfjsRoot(): string {
  return path.join(process.cwd(), "node_modules", "pdfjs-dist");
}

/** `parts` are already limited to known folders and plain file names by the route's schema. */
export async function readPdfjsAsset(parts: readonly string[]): Promise<{ bytes: Buffer; type: string }> {
  const relative = parts.length === 1 ? path.join("build", ...parts) : path.join(...parts);
  try {
    const bytes = await fs.readFile(path.join(pdfjsRoot(), relative));
    return { bytes, type: CONTENT_TYPES[path.extname(relative)] ?? "application/octet-stream" };
  } catch {
    throw new AppError("NOT_FOUND", `pdf.js asset ${relative} not found`, { userMessage: "Not found." });
  }
}
