/** The most sends in any window of `ms`, as Teams counts them: a send leaves the window `ms` after it arrived. */
export function peak(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] as number) - (sorted[start] as number) >= ms) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
