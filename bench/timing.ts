/** Timing pieces the page benches share: repeated runs after a warm-up, quantiles, p50 / p95 cells. */

/** Runs `work` `warmUp` times untimed, then `runs` times timed; the times in ms, sorted ascending. */
export async function timeRuns(work: () => Promise<unknown>, runs: number, warmUp: number): Promise<number[]> {
  for (let run = 0; run < warmUp; run++) await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** The q-quantile of times already sorted ascending; NaN for none. */
export function quantileOfSorted(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** "p50 / p95" of sorted times, in ms with one decimal. */
export function p50p95(sorted: number[]): string {
  return `${quantileOfSorted(sorted, 0.5).toFixed(1)} / ${quantileOfSorted(sorted, 0.95).toFixed(1)}`;
}

/** A signed-in page's body; a refusal or a redirect (to sign-in) fails instead of being timed as the page. */
export async function fetchSignedIn(url: string, cookie: string): Promise<string> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
