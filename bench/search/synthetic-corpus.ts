import type { IndexedChunk } from "@/lib/domain/types";
import { gaussian, pick, type Random, seededRandom, seedFor } from "../support/prng";
import type { SentenceSource } from "../support/sentence-source";

/** Everything that shapes the table; a cached table is reused only when all of it matches. */
export interface CorpusParameters {
  size: number;
  dimension: number;
  collections: number;
  /** Vectors are drawn around this many centres, as embeddings of related passages cluster. */
  clusters: number;
  chunksPerDocument: number;
  /** About 330 tokens: mid-range of Quire's 300-500-token chunks. */
  wordsPerChunk: number;
  seed: number;
  textSource: SentenceSource["name"];
  /** Bump when the generator changes, so stale caches are rebuilt. */
  generatorVersion: number;
}

const STREAM = { centre: 1, row: 2, query: 3 } as const;

export class SyntheticCorpus {
  readonly #centres: Float64Array[];

  constructor(
    readonly parameters: CorpusParameters,
    private readonly source: SentenceSource,
  ) {
    const { clusters, dimension, seed } = parameters;
    this.#centres = Array.from({ length: clusters }, (_, index) =>
      unitGaussianVector(seededRandom(seedFor(seed + STREAM.centre, index)), dimension),
    );
  }

  collectionIdOf(index: number): string {
    return `c${String(index % this.parameters.collections).padStart(2, "0")}`;
  }

  /** Row `index`, identical every time it is generated. */
  chunkAt(index: number): IndexedChunk {
    const { chunksPerDocument, seed } = this.parameters;
    const random = seededRandom(seedFor(seed + STREAM.row, index));
    const documentNumber = Math.floor(index / chunksPerDocument);
    const documentId = `doc-${documentNumber}`;
    const titleRandom = seededRandom(seedFor(seed + STREAM.row, -1 - documentNumber));
    return {
      chunkId: `${documentId}:${index % chunksPerDocument}`,
      documentId,
      // Collections follow documents, as in Quire, where a document lives in one collection.
      collectionId: this.collectionIdOf(documentNumber),
      title: pick(this.source.titles, titleRandom),
      text: this.#textFor(random),
      pageStart: 1 + (index % chunksPerDocument),
      pageEnd: 1 + (index % chunksPerDocument),
      headingPath: [],
      vector: this.#vectorFor(random),
    };
  }

  /**
   * A query aimed at row `target`: its vector lies close to that row's (as a question's
   * embedding lies close to its answer's) and its words come from that row's text.
   */
  queryAt(number: number): { text: string; vector: number[]; collectionId: string } {
    const random = seededRandom(seedFor(this.parameters.seed + STREAM.query, number));
    const target = this.chunkAt(Math.floor(random() * this.parameters.size));
    const words = target.text.split(/\s+/);
    const length = 5 + Math.floor(random() * 6);
    const start = Math.floor(random() * Math.max(1, words.length - length));
    const nearby = perturb(target.vector ?? [], random, 0.3);
    return {
      text: words.slice(start, start + length).join(" "),
      vector: nearby,
      collectionId: target.collectionId,
    };
  }

  #textFor(random: Random): string {
    const parts: string[] = [];
    let words = 0;
    while (words < this.parameters.wordsPerChunk) {
      const sentence = pick(this.source.sentences, random);
      parts.push(sentence);
      words += sentence.split(" ").length;
    }
    return parts.join(" ");
  }

  #vectorFor(random: Random): number[] {
    const centre = this.#centres[Math.floor(random() * this.#centres.length)];
    if (!centre) throw new RangeError("no cluster centres");
    // Noise of the centre's own norm: members sit at cosine ~0.7 from their centre.
    return perturb(Array.from(centre), random, 1);
  }
}

function normalise(values: Float64Array | number[]): number[] {
  let norm = 0;
  for (const value of values) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return Array.from(values, (value) => value / norm);
}

function unitGaussianVector(random: Random, dimension: number): Float64Array {
  const vector = new Float64Array(dimension);
  for (let i = 0; i < dimension; i += 1) vector[i] = gaussian(random);
  return Float64Array.from(normalise(vector));
}

/** Adds Gaussian noise of total norm ~`scale` to a unit vector and re-normalises. */
function perturb(vector: number[], random: Random, scale: number): number[] {
  const sigma = scale / Math.sqrt(vector.length);
  return normalise(vector.map((value) => value + sigma * gaussian(random)));
}
