import { useCallback, useEffect, useState } from 'react';
import { ApiError, problemText } from '../../api/apiError';
import { DevApi, type DemoPerson } from '../../api/devApi';

export type PeopleState =
  | { status: 'loading' }
  | { status: 'ready'; people: DemoPerson[] }
  | { status: 'error'; problem: string; canRetry: boolean };

/** The people the API lets a standalone tab sign in as, loaded from GET /api/dev/people. */
export function useIdentityPicker(dev: DevApi = defaultDevApi) {
  const [state, setState] = useState<PeopleState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    dev.people().then(
      (people) => live && setState({ status: 'ready', people }),
      (error: unknown) => live && setState(failure(error)),
    );
    return () => {
      live = false;
    };
  }, [dev, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}

const defaultDevApi = new DevApi();

function failure(error: unknown): PeopleState {
  // The route exists only while the API runs with dev sign-in; anywhere else no retry will help.
  if (error instanceof ApiError && error.code === 'not_found')
    return {
      status: 'error',
      canRetry: false,
      problem:
        'Demo sign-in is off in this IdeaBar. Open IdeaBar in Microsoft Teams, or run it on your computer with npm start, which turns demo sign-in on.',
    };
  return {
    status: 'error',
    canRetry: true,
    problem: problemText(error, 'load the people you can sign in as'),
  };
}
