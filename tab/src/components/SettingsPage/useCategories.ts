import { useState } from 'react';
import { IDEA_LIMITS, type Category } from '@ideabar/core';
import { problemText } from '../../api/apiError';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import type { BoardSectionProps } from './SettingsPage.types';
import { fieldMessagesOf } from './useSectionForm';

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
  const refused = (error: unknown, doing: string): string | undefined => {
    const { fields, rest } = fieldMessagesOf(error, ['name']);
    if (fields.name) return fields.name;
    setProblem(rest ?? problemText(error, doing));
    return undefined;
  };

  const add = async () => {
    const name = newName.trim();
    const local = checkName(name, board.categories);
    setAddMessage(local);
    setProblem(undefined);
    if (local) return;
    setBusy('new');
    try {
      saved(await api.settings.addCategory(board.id, name), `Added the category “${name}”.`);
      setNewName('');
    } catch (error) {
      setAddMessage(refused(error, `add the category “${name}”`));
    } finally {
      setBusy(undefined);
    }
  };

  const rename = async () => {
    if (!renaming) return;
    const name = renaming.name.trim();
    const local = checkName(name, board.categories, renaming.id);
    setRenaming({ ...renaming, message: local });
    setProblem(undefined);
    if (local) return;
    setBusy(renaming.id);
    try {
      saved(
        await api.settings.updateCategory(board.id, renaming.id, { name }),
        `Renamed the category to “${name}”.`,
      );
      setRenaming(undefined);
    } catch (error) {
      const message = refused(error, 'rename the category');
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
        retired
          ? `Retired “${category.name}”: it stays on its ideas but can’t be chosen for new ones.`
          : `“${category.name}” can be chosen for new ideas again.`,
      );
    } catch (error) {
      setProblem(problemText(error, `${retired ? 'retire' : 'bring back'} “${category.name}”`));
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
  exceptId?: string,
): string | undefined {
  if (!name) return 'Enter a name for the category.';
  if (name.length > IDEA_LIMITS.categoryMax) return `Use at most ${IDEA_LIMITS.categoryMax} characters.`;
  const taken = categories.find(
    (category) => category.id !== exceptId && category.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  if (taken)
    return `The board has a category “${taken.name}” already${taken.retired ? ' (retired: bring it back instead)' : ''}.`;
  return undefined;
}
