import { AppError } from "@/lib/errors/app-error";

/** Generous upper bound; real embedding models use 256 to 4,096 dimensions. */
const MAX_DIMENSION = 16_384;

export function assertUsableDimension(dimension: number): void {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > MAX_DIMENSION) {
    throw new AppError("UNPROCESSABLE", `Unusable vector dimension ${dimension}`, {
      userMessage: "The embedding model returned an invalid vector.",
    });
  }
}

/** LanceDB silently truncates or pads a vector of the wrong length; reject it before writing. */
export function assertVectorsFit(vectors: number[][], dimension: number): void {
  for (const vector of vectors) {
    if (vector.length !== dimension) {
      throw new AppError(
        "CONFLICT",
        `Vector has ${vector.length} dimensions but the index stores ${dimension}: the embedding model changed, so reset the vectors and re-embed.`,
        {
          userMessage: "The embedding model changed. Re-embed the documents to enable semantic search again.",
          details: { expected: dimension, actual: vector.length },
        },
      );
    }
  }
}

/** NaN or Infinity would poison cosine ranking; checked before any schema change. */
export function assertVectorsFinite(vectors: number[][]): void {
  for (const vector of vectors) {
    if (!vector.every(Number.isFinite)) {
      throw new AppError("UNPROCESSABLE", "Vector contains a non-finite value", {
        userMessage: "The embedding model returned an invalid vector.",
      });
    }
  }
}

/** Cosine similarity is undefined for a zero vector; such a query can match nothing. */
export function isZeroVector(vector: number[]): boolean {
  return vector.every((value) => value === 0);
}
