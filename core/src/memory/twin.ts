/**
 * What every in-memory twin does the same way, so that it keeps the promises of its Table Storage counterpart (the
 * contract tests hold both to them): records are copied in and out, keys start with the tenant, and every call
 * answers only after other work has had a chance to run, as a network round trip would let it.
 */
export const copy = <T>(value: T): T => structuredClone(value);

export const key = (...parts: string[]): string => parts.join('|');

export const roundTrip = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
