import { useState } from 'react';
import { IDEA_LIMITS, type Category, type Translator } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { BoardSectionProps } from './SettingsPage.types';
import type { FieldMessages } from '../shared/fieldMessages';
import { useForm } from '../shared/useForm';

interface CategoryDraft {
  name: string;
}

const NO_NAME: CategoryDraft = { name: '' };
const NAME = ['name'] as const;

/**
 * A board's categories: adding one, renaming one in place, retiring one or bringing it back. Each change is saved
 * on its own; a refused name keeps what was typed, with the reason beside it.
 */
export function useCategories({ board, notify, onBoardSaved, onChanged }: BoardSectionProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const [renamingId, setRenamingId] = useState<string | undefined>();
  /** What can be told before asking, under the name. */
  const nameChecked =
    (exceptId?: string) =>
    ({ name }: CategoryDraft): FieldMessages => {
      const message = checkName(name.trim(), board.categories, t, exceptId);
      return message ? { name: message } : {};
    };
  const adding = useForm(NO_NAME, {
    failed: 'settings.categories.failed.add',
    failedValues: ({ name }) => ({ name: name.trim() }),
    fields: NAME,
    check: nameChecked(),
    sayHighlighted: false,
  });
  const renaming = useForm(NO_NAME, {
    failed: 'settings.categories.failed.rename',
    fields: NAME,
    check: nameChecked(renamingId),
    sayHighlighted: false,
  });
  /** The category being retired or brought back. */
  const [retiring, setRetiring] = useState<string | undefined>();
  const [retireProblem, setRetireProblem] = useState<string | undefined>();
  /** The section says how its last change went, whichever form made it. */
  const [lastChange, setLastChange] = useState<'add' | 'rename' | 'retire' | undefined>();

  const saved = (next: typeof board, message: string) => {
    onBoardSaved(next);
    onChanged();
    notify(message);
  };

  const add = async () => {
    setLastChange('add');
    await adding.submit(async (draft) => {
      const name = draft.name.trim();
      saved(await api.settings.addCategory(board.id, name), t('settings.categories.added', { name }));
      adding.reset();
    });
  };

  const rename = async () => {
    if (!renamingId) return;
    setLastChange('rename');
    const renamed = await renaming.submit(async (draft) => {
      const name = draft.name.trim();
      saved(
        await api.settings.updateCategory(board.id, renamingId, { name }),
        t('settings.categories.renamed', { name }),
      );
    });
    if (renamed) setRenamingId(undefined);
  };

  const setRetired = async (category: Category, retired: boolean) => {
    setLastChange('retire');
    setRetiring(category.id);
    setRetireProblem(undefined);
    try {
      saved(
        await api.settings.updateCategory(board.id, category.id, { retired }),
        t(retired ? 'settings.categories.retiredDone' : 'settings.categories.broughtBack', {
          name: category.name,
        }),
      );
    } catch (error) {
      setRetireProblem(
        problemMessage(
          translator,
          error,
          retired ? 'settings.categories.failed.retire' : 'settings.categories.failed.bringBack',
          { name: category.name },
        ),
      );
    } finally {
      setRetiring(undefined);
    }
  };

  return {
    categories: board.categories,
    newName: adding.draft.name,
    typeNewName: (name: string) => adding.edit({ name }),
    addMessage: adding.messages.name,
    add,
    renaming: renamingId
      ? { id: renamingId, name: renaming.draft.name, message: renaming.messages.name }
      : undefined,
    startRenaming: (category: Category) => {
      setRenamingId(category.id);
      renaming.startFrom({ name: category.name });
    },
    typeRename: (name: string) => renaming.edit({ name }),
    cancelRenaming: () => setRenamingId(undefined),
    rename,
    setRetired,
    /** The category being saved ("new" while adding). */
    busy: adding.saving ? 'new' : renaming.saving ? renamingId : retiring,
    problem: { add: adding.problem, rename: renaming.problem, retire: retireProblem }[lastChange ?? 'add'],
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
