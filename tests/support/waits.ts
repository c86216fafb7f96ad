/**
 * How long a test waits for work a process does after its answer (a channel post, a card edit, a list row caught
 * up): vi.waitFor's own second is what that work takes on a quiet machine, and CI shares two cores with every other
 * suite, where it was seen to take several. The wait ends as soon as the work shows, so a long limit costs nothing
 * when the work is done, and a test still fails when it never is.
 */
export const AFTER_THE_ANSWER = { timeout: 15_000, interval: 100 } as const;
