/** Entry point of an extraction thread (see ExtractPool): the real readers, loaded once per thread. */
import { parentPort } from "node:worker_threads";
import { extractDocument } from "../extract/extract-document";
import { serveExtractions } from "./serve-extractions";

serveExtractions(parentPort, extractDocument);
