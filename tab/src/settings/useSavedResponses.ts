import { useCallback, useState } from 'react';
import {
  cleanTypedText,
  SAVED_RESPONSE_LIMITS,
  type SavedResponseView,
  type Translator,
  type MessageKey,
} from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import type { SavedResponseList } from '../api/savedResponsesApi';
import type { BoardSectionProps, FieldMessages } from './SettingsPage.types';
import { useLoaded } from '../shared/useLoaded';
import { fieldMessagesOf } from '../shared/fieldMessages';

export interface SavedResponseDraft {
  title: string;
  text: string;
  messages: FieldMessages;
}

const EMPTY: SavedResponseDraft = { title: '', text: '', messages: {} };
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
  const [adding, setAdding] = useState<SavedResponseDraft>(EMPTY);
  const [editing, setEditing] = useState<(SavedResponseDraft & { id: string }) | undefined>();
  /** The response being saved ("new" while adding). */
  const [busy, setBusy] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const saved = (list: SavedResponseList, message: string) => {
    loaded.update(() => list);
    onChanged();
    notify(message);
  };

  /** The API's word on the fields, or the problem for the whole section. */
  const refused = (error: unknown, failed: MessageKey): FieldMessages => {
    const { fields, rest } = fieldMessagesOf(error, FIELDS, translator);
    if (Object.keys(fields).length === 0 || rest.length > 0)
      setProblem(rest.length > 0 ? rest.join(' ') : problemMessage(translator, error, failed));
    return fields;
  };

  const add = async () => {
    const messages = checkDraft(t, adding, responses);
    setAdding({ ...adding, messages });
    setProblem(undefined);
    if (Object.keys(messages).length > 0) return;
    setBusy('new');
    try {
      const title = adding.title.trim();
      saved(
        await api.savedResponses.add(board.id, { title, text: adding.text }),
        t('savedResponses.added', { title }),
      );
      setAdding(EMPTY);
    } catch (error) {
      const fields = refused(error, 'savedResponses.failed.add');
      setAdding((current) => ({ ...current, messages: fields }));
    } finally {
      setBusy(undefined);
    }
  };

  const save = async () => {
    if (!editing) return;
    const messages = checkDraft(t, editing, responses, editing.id);
    setEditing({ ...editing, messages });
    setProblem(undefined);
    if (Object.keys(messages).length > 0) return;
    setBusy(editing.id);
    try {
      const title = editing.title.trim();
      saved(
        await api.savedResponses.update(board.id, editing.id, { title, text: editing.text }),
        t('savedResponses.changed', { title }),
      );
      setEditing(undefined);
    } catch (error) {
      const fields = refused(error, 'savedResponses.failed.change');
      setEditing((current) => current && { ...current, messages: fields });
    } finally {
      setBusy(undefined);
    }
  };

  const remove = async (response: SavedResponseView) => {
    setBusy(response.id);
    setProblem(undefined);
    try {
      saved(
        await api.savedResponses.remove(board.id, response.id),
        t('savedResponses.removed', { title: response.title }),
      );
      if (editing?.id === response.id) setEditing(undefined);
    } catch (error) {
      setProblem(
        problemMessage(translator, error, 'savedResponses.failed.remove', { title: response.title }),
      );
    } finally {
      setBusy(undefined);
    }
  };

  const typed =
    (field: 'title' | 'text') =>
    <T extends SavedResponseDraft>(draft: T, value: string): T => ({
      ...draft,
      [field]: value,
      messages: { ...draft.messages, [field]: undefined },
    });

  return {
    loading: loaded.loading && loaded.latest === undefined,
    loadProblem:
      loaded.error === undefined
        ? undefined
        : problemMessage(translator, loaded.error, 'savedResponses.failed.load'),
    retry: () => setAttempt((n) => n + 1),
    responses,
    full: responses.length >= SAVED_RESPONSE_LIMITS.perBoard,
    adding,
    typeAdding: (field: 'title' | 'text', value: string) => setAdding((draft) => typed(field)(draft, value)),
    add,
    editing,
    startEditing: (response: SavedResponseView) =>
      setEditing({ id: response.id, title: response.title, text: response.text, messages: {} }),
    typeEditing: (field: 'title' | 'text', value: string) =>
      setEditing((draft) => draft && typed(field)(draft, value)),
    cancelEditing: () => setEditing(undefined),
    save,
    remove,
    busy,
    problem,
  };
}

/** What can be told before asking: blanks, lengths, and a title the board has (ignoring case). */
export function checkDraft(
  t: Translator['t'],
  draft: Pick<SavedResponseDraft, 'title' | 'text'>,
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
