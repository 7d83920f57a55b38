/** The messages between the extraction pool and its worker threads. */
export interface ExtractRequest {
  id: number;
  file: string;
}

export type ExtractReply =
  | { id: number; ok: true; pages: number; characters: number; ocrPages: number }
  | { id: number; ok: false; error: string };
