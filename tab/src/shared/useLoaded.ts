import { useCallback, useEffect, useState } from 'react';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface Result<T> {
  load: (() => Promise<T>) | undefined;
  version: string | number;
  outcome: Outcome<T>;
}

/**
 * What `load` answers, read again when `load` changes (another board) or `version` changes (a retry, a change to
 * show); nothing is read while `load` is undefined (a form not open yet). While a read is under way it is
 * `loading`, and `latest` still holds the last value read, if any. `update` changes the value in place, after a
 * change the API confirmed. An answer that arrives after the component left, or after another read began, is
 * dropped.
 */
export function useLoaded<T>(load: (() => Promise<T>) | undefined, version: string | number = 0) {
  const [result, setResult] = useState<Result<T> | undefined>();

  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (value) => live && setResult({ load, version, outcome: { ok: true, value } }),
      (error: unknown) => live && setResult({ load, version, outcome: { ok: false, error } }),
    );
    return () => {
      live = false;
    };
  }, [load, version]);

  const update = useCallback(
    (change: (value: T) => T) =>
      setResult((current) =>
        current?.outcome.ok
          ? { ...current, outcome: { ok: true, value: change(current.outcome.value) } }
          : current,
      ),
    [],
  );

  const current = result && result.load === load && result.version === version ? result.outcome : undefined;
  return {
    loading: current === undefined,
    value: current?.ok ? current.value : undefined,
    error: current && !current.ok ? current.error : undefined,
    failed: current !== undefined && !current.ok,
    latest: result?.outcome.ok ? result.outcome.value : undefined,
    update,
  };
}
