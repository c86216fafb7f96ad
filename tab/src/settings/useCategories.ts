import { useState } from 'react';
import {
  IDEA_LIMITS,
  type Category,
  type MessageKey,
  type MessageValues,
  type Translator,
} from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { BoardSectionProps } from './SettingsPage.types';
import { fieldMessagesOf } from '../shared/fieldMessages';

interface Renaming {
  id: string;
  name: string;
  message?: string | undefined;
}

/**
 * A board's categories: adding one, renaming one in place, retiring one or bringing it back. Each change is saved
 * on its own; a refused name keeps what was typed, with the reason beside it.
 */
export function useCategories({ board, notify, onBoardSaved, onChanged }: BoardSectionProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const [newName, setNewName] = useState('');
  const [addMessage, setAddMessage] = useState<string | undefined>();
  const [renaming, setRenaming] = useState<Renaming | undefined>();
  /** The category being saved ("new" while adding). */
  const [busy, setBusy] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const saved = (next: typeof board, message: string) => {
    onBoardSaved(next);
    onChanged();
    notify(message);
  };

  /** The API's word on a name (field `name`), or the problem for the whole section. */
  const refused = (error: unknown, failed: MessageKey, values?: MessageValues): string | undefined => {
    const { fields, rest } = fieldMessagesOf(error, ['name'], translator);
    if (fields.name) return fields.name;
    setProblem(rest.length > 0 ? rest.join(' ') : problemMessage(translator, error, failed, values));
    return undefined;
  };

  const add = async () => {
    const name = newName.trim();
    const local = checkName(name, board.categories, t);
    setAddMessage(local);
    setProblem(undefined);
    if (local) return;
    setBusy('new');
    try {
      saved(await api.settings.addCategory(board.id, name), t('settings.categories.added', { name }));
      setNewName('');
    } catch (error) {
      setAddMessage(refused(error, 'settings.categories.failed.add', { name }));
    } finally {
      setBusy(undefined);
    }
  };

  const rename = async () => {
    if (!renaming) return;
    const name = renaming.name.trim();
    const local = checkName(name, board.categories, t, renaming.id);
    setRenaming({ ...renaming, message: local });
    setProblem(undefined);
    if (local) return;
    setBusy(renaming.id);
    try {
      saved(
        await api.settings.updateCategory(board.id, renaming.id, { name }),
        t('settings.categories.renamed', { name }),
      );
      setRenaming(undefined);
    } catch (error) {
      const message = refused(error, 'settings.categories.failed.rename');
      setRenaming((current) => current && { ...current, message });
    } finally {
      setBusy(undefined);
    }
  };

  const setRetired = async (category: Category, retired: boolean) => {
    setBusy(category.id);
    setProblem(undefined);
    try {
      saved(
        await api.settings.updateCategory(board.id, category.id, { retired }),
        t(retired ? 'settings.categories.retiredDone' : 'settings.categories.broughtBack', {
          name: category.name,
        }),
      );
    } catch (error) {
      setProblem(
        problemMessage(
          translator,
          error,
          retired ? 'settings.categories.failed.retire' : 'settings.categories.failed.bringBack',
          { name: category.name },
        ),
      );
    } finally {
      setBusy(undefined);
    }
  };

  return {
    categories: board.categories,
    newName,
    typeNewName: (name: string) => {
      setNewName(name);
      setAddMessage(undefined);
    },
    addMessage,
    add,
    renaming,
    startRenaming: (category: Category) => setRenaming({ id: category.id, name: category.name }),
    typeRename: (name: string) =>
      setRenaming((current) => current && { ...current, name, message: undefined }),
    cancelRenaming: () => setRenaming(undefined),
    rename,
    setRetired,
    busy,
    problem,
  };
}

/** What can be told before asking: an empty name, a name too long, or one the board has (ignoring case). */
export function checkName(
  name: string,
  categories: readonly Category[],
  t: Translator['t'],
  exceptId?: string,
): string | undefined {
  if (!name) return t('settings.categories.check.name');
  if (name.length > IDEA_LIMITS.categoryMax) return t('settings.check.max', { max: IDEA_LIMITS.categoryMax });
  const taken = categories.find(
    (category) => category.id !== exceptId && category.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  if (taken)
    return t(taken.retired ? 'settings.categories.check.takenRetired' : 'settings.categories.check.taken', {
      name: taken.name,
    });
  return undefined;
}
