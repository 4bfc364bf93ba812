/** Times of a benchmark's repeated runs, each run awaited before the next starts. */
export interface Timing {
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function timeRuns(runs: number, fn: () => unknown): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The median run (the upper middle one of an even count). */
export async function median(runs: number, fn: () => unknown): Promise<number> {
  return (await timeRuns(runs, fn)).p50;
}
