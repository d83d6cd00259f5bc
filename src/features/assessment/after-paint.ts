/**
 * Calls `callback` just after the browser has drawn its next frame (`delayMs` later, if
 * given), so that work that can wait does not hold back what that frame shows. A hidden page
 * draws no frames: there the call comes in the next task. Returns a function that cancels the
 * call.
 */
export function afterNextPaint(callback: () => void, delayMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  if (document.visibilityState === 'hidden') {
    timer = setTimeout(callback);
  } else {
    // Animation frame callbacks run just before the frame is drawn; a task queued from one
    // runs after it.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(callback, delayMs);
    });
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Calls `callback` when the browser is idle (within two seconds; in 200 ms where it cannot
 * tell). Returns a function that cancels the call.
 */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 200);
  return () => clearTimeout(handle);
}
