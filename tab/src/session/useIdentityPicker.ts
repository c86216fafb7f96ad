import { useCallback, useState } from 'react';
import type { Translator } from '@ideabar/core';
import { ApiError, problemMessage } from '../api/apiError';
import { DevApi, type DemoPerson } from '../api/devApi';
import { useTranslator } from '../app/translation';
import { useLoaded } from '../shared/useLoaded';

export interface IdentityPickerProps {
  onSignIn(person: DemoPerson): void;
  /** Tests give their own; the tab asks the API on its own origin. */
  dev?: DevApi;
}

export type PeopleState =
  | { status: 'loading' }
  | { status: 'ready'; people: DemoPerson[] }
  | { status: 'error'; problem: string; canRetry: boolean };

/** The people the API lets a standalone tab sign in as, loaded from GET /api/dev/people. */
export function useIdentityPicker(dev: DevApi = defaultDevApi) {
  const [attempt, setAttempt] = useState(0);
  const translator = useTranslator();
  const people = useLoaded(
    useCallback(() => dev.people(), [dev]),
    attempt,
  );
  const state: PeopleState = people.value
    ? { status: 'ready', people: people.value }
    : people.failed
      ? failure(translator, people.error)
      : { status: 'loading' };

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, retry };
}

const defaultDevApi = new DevApi();

function failure(translator: Translator, error: unknown): PeopleState {
  // The route exists only while the API runs with dev sign-in; anywhere else no retry will help.
  if (error instanceof ApiError && error.code === 'not_found')
    return {
      status: 'error',
      canRetry: false,
      problem: translator.t('people.signIn.off'),
    };
  return {
    status: 'error',
    canRetry: true,
    problem: problemMessage(translator, error, 'people.signIn.failed'),
  };
}
