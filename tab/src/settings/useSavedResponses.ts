import { useCallback, useState } from 'react';
import {
  cleanTypedText,
  SAVED_RESPONSE_LIMITS,
  type SavedResponseView,
  type Translator,
} from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import type { SavedResponseList } from '../api/savedResponsesApi';
import type { BoardSectionProps, FieldMessages } from './SettingsPage.types';
import { useLoaded } from '../shared/useLoaded';
import { useForm } from '../shared/useForm';

export interface SavedResponseDraft {
  title: string;
  text: string;
}

const EMPTY: SavedResponseDraft = { title: '', text: '' };
const FIELDS = ['title', 'text'] as const;

/**
 * A board's saved responses: adding one, changing one in place, removing one. Each change is saved on its own and
 * answers the board's list; a refused title or text keeps what was typed, with the reason beside it.
 */
export function useSavedResponses({ board, notify, onChanged }: BoardSectionProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const [attempt, setAttempt] = useState(0);
  const load = useCallback(() => api.savedResponses.list(board.id), [api, board.id]);
  const loaded = useLoaded(load, attempt);
  const responses = loaded.value?.savedResponses ?? [];
  const [editingId, setEditingId] = useState<string | undefined>();
  const adding = useForm(EMPTY, {
    failed: 'savedResponses.failed.add',
    fields: FIELDS,
    check: (draft) => checkDraft(t, draft, responses),
    sayHighlighted: false,
  });
  const editing = useForm(EMPTY, {
    failed: 'savedResponses.failed.change',
    fields: FIELDS,
    check: (draft) => checkDraft(t, draft, responses, editingId),
    sayHighlighted: false,
  });
  const [removing, setRemoving] = useState<string | undefined>();
  const [removeProblem, setRemoveProblem] = useState<string | undefined>();
  /** The section says how its last change went, whichever form made it. */
  const [lastChange, setLastChange] = useState<'add' | 'edit' | 'remove' | undefined>();

  const saved = (list: SavedResponseList, message: string) => {
    loaded.update(() => list);
    onChanged();
    notify(message);
  };

  const add = async () => {
    setLastChange('add');
    await adding.submit(async (draft) => {
      const title = draft.title.trim();
      saved(
        await api.savedResponses.add(board.id, { title, text: draft.text }),
        t('savedResponses.added', { title }),
      );
      adding.reset();
    });
  };

  const save = async () => {
    if (!editingId) return;
    setLastChange('edit');
    const changed = await editing.submit(async (draft) => {
      const title = draft.title.trim();
      saved(
        await api.savedResponses.update(board.id, editingId, { title, text: draft.text }),
        t('savedResponses.changed', { title }),
      );
    });
    if (changed) setEditingId(undefined);
  };

  const remove = async (response: SavedResponseView) => {
    setLastChange('remove');
    setRemoving(response.id);
    setRemoveProblem(undefined);
    try {
      saved(
        await api.savedResponses.remove(board.id, response.id),
        t('savedResponses.removed', { title: response.title }),
      );
      if (editingId === response.id) setEditingId(undefined);
    } catch (error) {
      setRemoveProblem(
        problemMessage(translator, error, 'savedResponses.failed.remove', { title: response.title }),
      );
    } finally {
      setRemoving(undefined);
    }
  };

  return {
    loading: loaded.loading && loaded.latest === undefined,
    loadProblem:
      loaded.error === undefined
        ? undefined
        : problemMessage(translator, loaded.error, 'savedResponses.failed.load'),
    retry: () => setAttempt((n) => n + 1),
    responses,
    full: responses.length >= SAVED_RESPONSE_LIMITS.perBoard,
    adding: { ...adding.draft, messages: adding.messages },
    typeAdding: (field: keyof SavedResponseDraft, value: string) => adding.edit({ [field]: value }),
    add,
    editing: editingId ? { id: editingId, ...editing.draft, messages: editing.messages } : undefined,
    startEditing: (response: SavedResponseView) => {
      setEditingId(response.id);
      editing.startFrom({ title: response.title, text: response.text });
    },
    typeEditing: (field: keyof SavedResponseDraft, value: string) => editing.edit({ [field]: value }),
    cancelEditing: () => setEditingId(undefined),
    save,
    remove,
    /** The response being saved ("new" while adding). */
    busy: adding.saving ? 'new' : editing.saving ? editingId : removing,
    problem: { add: adding.problem, edit: editing.problem, remove: removeProblem }[lastChange ?? 'add'],
  };
}

/** What can be told before asking: blanks, lengths, and a title the board has (ignoring case). */
export function checkDraft(
  t: Translator['t'],
  draft: SavedResponseDraft,
  responses: readonly SavedResponseView[],
  exceptId?: string,
): FieldMessages {
  const messages: FieldMessages = {};
  const title = cleanTypedText(draft.title).trim();
  if (!title) messages.title = t('savedResponses.check.title');
  else if (title.length > SAVED_RESPONSE_LIMITS.titleMax)
    messages.title = t('savedResponses.check.max', { max: SAVED_RESPONSE_LIMITS.titleMax });
  else {
    const taken = responses.find(
      (response) =>
        response.id !== exceptId && response.title.toLocaleLowerCase() === title.toLocaleLowerCase(),
    );
    if (taken) messages.title = t('savedResponses.check.taken', { title: taken.title });
  }
  const text = cleanTypedText(draft.text);
  if (!text.trim()) messages.text = t('savedResponses.check.text');
  else if (text.length > SAVED_RESPONSE_LIMITS.textMax)
    messages.text = t('savedResponses.check.max', { max: SAVED_RESPONSE_LIMITS.textMax });
  return messages;
}
