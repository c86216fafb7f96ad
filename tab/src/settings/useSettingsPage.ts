import { useCallback, useState } from 'react';
import { ApiError, problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { BoardSettings, TenantSettingsView } from '../api/settingsApi';
import type { SettingsPageProps } from './SettingsPage.types';
import { useLoaded } from '../shared/useLoaded';

export type SettingsState =
  | { status: 'loading' }
  | { status: 'forbidden' }
  | { status: 'error'; problem: string }
  | { status: 'ready'; settings: TenantSettingsView };

/**
 * The tenant's settings as the API last answered them, the board being edited (the one the page is given: the tab's
 * board picker chooses it; the default board when none is), and a count of saved changes for the audit log. Sections hand back what the API answered after each save, so the page never reads it all again.
 */
export function useSettingsPage({ boardId, onBoardChanged }: SettingsPageProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [changes, setChanges] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const read = useCallback(() => api.settings.getSettings(), [api]);
  const { value: settings, error, update } = useLoaded(read, attempt);

  const state: SettingsState = settings
    ? { status: 'ready', settings }
    : error instanceof ApiError && error.code === 'forbidden'
      ? { status: 'forbidden' }
      : error !== undefined
        ? { status: 'error', problem: problemMessage(translator, error, 'settings.failed.load') }
        : { status: 'loading' };

  const boards = settings?.boards ?? [];
  const board: BoardSettings | undefined =
    boards.find((b) => b.id === boardId) ?? boards.find((b) => b.isDefault) ?? boards[0];

  const onBoardSaved = useCallback(
    (saved: BoardSettings) => {
      update((current) => ({
        ...current,
        boards: current.boards.map((b) => (b.id === saved.id ? { ...b, ...saved } : b)),
      }));
      onBoardChanged?.(saved);
    },
    [update, onBoardChanged],
  );

  const onSettingsSaved = useCallback(
    (change: Partial<TenantSettingsView>) => update((current) => ({ ...current, ...change })),
    [update],
  );

  const onChanged = useCallback(() => setChanges((n) => n + 1), []);

  return {
    state,
    boards,
    board,
    onBoardSaved,
    onSettingsSaved,
    onChanged,
    changes,
    retry: () => setAttempt((n) => n + 1),
    locale: document.documentElement.lang || navigator.language || 'en-US',
  };
}
