// Waiting for the browser to paint what was just rendered, before starting work that would hold that paint back.

/**
 * Resolves once the browser has painted the next frame (a frame, then a task), or after 100 ms in a page that is
 * not painting (a hidden tab gets no frames).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
