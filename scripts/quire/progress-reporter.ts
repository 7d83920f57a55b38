/** How often a non-terminal stream (a log, a CI job) gets a new progress line. */
const LOG_EVERY_MS = 3000;
/** Redrawing faster than this only costs CPU. */
const REDRAW_EVERY_MS = 100;

export interface ProgressReporter {
  update: (line: string) => void;
  /** Prints the last line for good; later updates are ignored. */
  finish: () => void;
}

/**
 * Live progress on stderr. On a terminal one line is redrawn in place (and anything the worker
 * logs meanwhile is printed above it); elsewhere a plain line is written every few seconds, so
 * logs stay readable.
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const tty = stream.isTTY === true;
  let latest = "";
  let printed = "";
  let shownAt = 0;
  let drawn = false;
  let finished = false;

  const draw = () => {
    // A pseudo-terminal without a size reports 0 columns.
    const width = Math.max(20, (stream.columns || 120) - 1);
    stream.write(`\r\x1b[2K${latest.slice(0, width)}`);
    drawn = true;
  };
  const restoreConsole = tty
    ? printConsoleAbove(
        () => {
          if (drawn) stream.write("\r\x1b[2K");
        },
        () => {
          if (drawn) draw();
        },
      )
    : () => {};

  return {
    update(line) {
      if (finished) return;
      latest = line;
      const now = Date.now();
      if (now - shownAt < (tty ? REDRAW_EVERY_MS : LOG_EVERY_MS)) return;
      shownAt = now;
      if (tty) draw();
      else {
        stream.write(`${line}\n`);
        printed = line;
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      restoreConsole();
      if (latest === "") return;
      if (tty) {
        draw();
        stream.write("\n");
      } else if (latest !== printed) stream.write(`${latest}\n`);
    },
  };
}

/** Wraps console output so a worker's log line does not land in the middle of the progress bar. */
function printConsoleAbove(clear: () => void, redraw: () => void): () => void {
  const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  for (const name of Object.keys(originals) as Array<keyof typeof originals>) {
    const original = originals[name];
    console[name] = (...args: unknown[]) => {
      clear();
      original(...args);
      redraw();
    };
  }
  return () => Object.assign(console, originals);
}
