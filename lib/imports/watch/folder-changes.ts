import { type FSWatcher, watch } from "node:fs";

/** Several events arrive for one save or copy; wait for them to stop before rescanning. */
const DEBOUNCE_MS = 1500;

export interface FolderChanges {
  /** Resolves after `timeoutMs`, on a (debounced) change in the folder, or when `signal` aborts. */
  next: (timeoutMs: number, signal: AbortSignal) => Promise<void>;
  close: () => void;
}

/**
 * Wakes the watch loop early when the folder changes. fs.watch is only a hint (it may miss
 * events, e.g. on network shares), so the periodic scan stays the source of truth.
 */
export function watchFolderChanges(root: string): FolderChanges {
  let wake: (() => void) | null = null;
  // A change seen while a scan is running must still cause the next one promptly.
  let changedMeanwhile = false;
  let debounce: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(root, { recursive: true }, () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        if (wake) wake();
        else changedMeanwhile = true;
      }, DEBOUNCE_MS);
    });
    watcher.on("error", () => {
      watcher?.close();
      watcher = null;
    });
  } catch {
    watcher = null; // polling alone still works
  }
  return {
    next: (timeoutMs, signal) =>
      new Promise<void>((resolve) => {
        if (signal.aborted || changedMeanwhile) {
          changedMeanwhile = false;
          resolve();
          return;
        }
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener("abort", done);
          wake = null;
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        signal.addEventListener("abort", done, { once: true });
        wake = done;
      }),
    close: () => {
      clearTimeout(debounce);
      watcher?.close();
    },
  };
}
