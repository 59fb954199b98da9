// CPU time of this Node process around one call, and the median of a list: the Node-side benches that set Lede
// beside Readability on the same parsed pages (article-detection, article-blind-aeb) time both sides this way.

/** CPU milliseconds of this process: on a machine shared with other jobs, wall time measures the neighbours too. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `fn` once; its value and the CPU milliseconds it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = cpuMs();
  const value = fn();
  return { value, ms: cpuMs() - t };
}
