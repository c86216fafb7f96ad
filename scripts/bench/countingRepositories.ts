import type { Repositories } from '@ideabar/core';

/**
 * The repositories as they are, counting each call by `repository.method`: how the bench and the tests say what an operation costs
 * in storage calls, without timing anything.
 */
export function countingRepositories(repos: Repositories): {
  repos: Repositories;
  take(): Record<string, number>;
} {
  let calls: Record<string, number> = {};
  const wrapped = Object.fromEntries(
    Object.entries(repos).map(([name, repository]) => [
      name,
      new Proxy(repository as object, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            const key = `${name}.${String(property)}`;
            calls[key] = (calls[key] ?? 0) + 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }),
    ]),
  ) as unknown as Repositories;
  return {
    repos: wrapped,
    take() {
      const taken = calls;
      calls = {};
      return taken;
    },
  };
}
