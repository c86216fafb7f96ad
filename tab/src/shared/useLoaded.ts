import { useCallback, useEffect, useState } from 'react';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Reads that take a signal have it aborted once their answer is no longer wanted. */
export type Load<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Waits `ms`, then resolves; never, once `signal` aborts. A read asked as someone types starts with it, so a pause
 * in typing costs one request rather than one per key.
 */
export function afterPause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

interface Result<T> {
  load: Load<T> | undefined;
  version: string | number;
  outcome: Outcome<T>;
  /** The last value this `load` answered, whatever its version. */
  settled?: { value: T } | undefined;
}

/**
 * The one way the tab reads something and lets a late answer go.
 *
 * What `load` answers, read again when `load` changes (another board) or `version` changes (a retry, a change to
 * show); nothing is read while `load` is undefined (a form not open yet). While a read is under way it is
 * `loading`; `settled` still holds what the same `load` answered last (the list before a refresh), and `latest`
 * the last value read at all. `update` changes the value in place, after a change the API confirmed. An answer
 * that arrives after the component left, or after another read began, is dropped, and its signal aborted.
 */
export function useLoaded<T>(load: Load<T> | undefined, version: string | number = 0) {
  const [result, setResult] = useState<Result<T> | undefined>();

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    const settle = (outcome: Outcome<T>) =>
      !controller.signal.aborted &&
      setResult((before) => ({
        load,
        version,
        outcome,
        settled: outcome.ok ? { value: outcome.value } : before?.load === load ? before.settled : undefined,
      }));
    load(controller.signal).then(
      (value) => settle({ ok: true, value }),
      (error: unknown) => settle({ ok: false, error }),
    );
    return () => controller.abort();
  }, [load, version]);

  const update = useCallback(
    (change: (value: T) => T) =>
      setResult((current) => {
        if (!current?.outcome.ok) return current;
        const value = change(current.outcome.value);
        return { ...current, outcome: { ok: true, value }, settled: { value } };
      }),
    [],
  );

  const current = result && result.load === load && result.version === version ? result.outcome : undefined;
  return {
    loading: current === undefined,
    value: current?.ok ? current.value : undefined,
    error: current && !current.ok ? current.error : undefined,
    failed: current !== undefined && !current.ok,
    settled: result && result.load === load ? result.settled?.value : undefined,
    latest: result?.outcome.ok ? result.outcome.value : undefined,
    update,
  };
}
