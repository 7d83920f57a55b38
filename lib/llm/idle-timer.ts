/** Fires `onIdle` when `touch()` has not been called for `ms`: a gap limit, not a total limit. */
export function idleTimer(ms: number, onIdle: () => void): { touch: () => void; clear: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    touch() {
      clear();
      timer = setTimeout(onIdle, ms);
    },
    clear,
  };
}
