/**
 * Runs `work` over `items` `size` at a time, each group after the last has ended, so a long list (a burst's voters,
 * a merge's followers, the events a busy process recorded) never puts hundreds of storage calls in flight at once.
 */
export async function inGroups<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work));
  }
}
