import { useCallback, useState } from 'react';
import { IDEA_LIMITS, type Translator } from '@ideabar/core';
import { ApiError, fieldProblemText, problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useLoaded } from '../shared/useLoaded';
import type { DraftField, FieldMessages, IdeaDraft, SubmitIdeaFormProps } from './SubmitIdeaForm.types';

const EMPTY: IdeaDraft = { title: '', description: '', category: '', tags: '' };
const FIELDS: DraftField[] = ['title', 'description', 'category', 'tags'];

export const tagsOf = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((tag) => tag.trim().replace(/^#/, ''))
    .filter(Boolean);

/** The draft, its field messages (ours for the obvious, the API's for the rest) and the submission. */
export function useSubmitIdeaForm({ open, boardId, onSubmitted }: SubmitIdeaFormProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const categories = useBoardCategories(open, boardId);
  const [draft, setDraft] = useState<IdeaDraft>(EMPTY);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  /** Counts refused submissions, so the form can move focus to the first field that needs attention. */
  const [refusals, setRefusals] = useState(0);

  const edit = (field: DraftField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (messages[field]) setMessages((current) => ({ ...current, [field]: undefined }));
  };

  const reset = () => {
    setDraft(EMPTY);
    setMessages({});
    setProblem(undefined);
  };

  const submit = async (): Promise<boolean> => {
    const local = checkDraft(draft, translator.t);
    setMessages(local);
    setProblem(undefined);
    if (Object.values(local).some(Boolean)) {
      setRefusals((n) => n + 1);
      return false;
    }
    setSubmitting(true);
    try {
      const tags = tagsOf(draft.tags);
      const idea = await api.ideas.submit({
        title: draft.title,
        description: draft.description,
        ...(draft.category.trim() ? { category: draft.category.trim() } : {}),
        ...(tags.length > 0 ? { tags } : {}),
        ...(boardId ? { boardId } : {}),
      });
      reset();
      onSubmitted(idea);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation') {
        const fromApi: FieldMessages = {};
        for (const field of FIELDS) {
          const message = fieldProblemText(translator, error, field);
          if (message) fromApi[field] = message;
        }
        setMessages(fromApi);
        setRefusals((n) => n + 1);
        if (Object.keys(fromApi).length === 0) setProblem(problemMessage(translator, error, 'submit.failed'));
      } else {
        setProblem(problemMessage(translator, error, 'submit.failed'));
      }
      return false;
    } finally {
      setSubmitting(false);
    }
  };

  return { draft, messages, problem, submitting, refusals, categories, edit, submit, reset };
}

/** What can be told before asking the API; the API has the last word on everything. */
function checkDraft(draft: IdeaDraft, t: Translator['t']): FieldMessages {
  const messages: FieldMessages = {};
  if (draft.title.trim().length === 0) messages.title = t('submit.title.missing');
  if (draft.description.trim().length === 0) messages.description = t('submit.description.missing');
  const tags = tagsOf(draft.tags);
  if (tags.length > IDEA_LIMITS.tagsMax)
    messages.tags = t('submit.tags.tooMany', { max: IDEA_LIMITS.tagsMax });
  return messages;
}

/**
 * The board's active categories, read when the form opens: the only ones it offers, as the API takes no other.
 * Empty for a board without categories (people type their own); undefined while unknown.
 */
function useBoardCategories(open: boolean, boardId: string | undefined): string[] | undefined {
  const api = useIdeaBarApi();
  const load = useCallback(
    () =>
      api.boards.list().then((boards) => {
        const board = boards.find((known) => (boardId ? known.id === boardId : known.isDefault));
        return board?.categories.filter((c) => !c.retired).map((c) => c.name) ?? [];
      }),
    [api, boardId],
  );
  const categories = useLoaded(open ? load : undefined);
  // Without the list, the form takes typed text and the API names the board's categories if it must.
  return categories.failed ? [] : categories.value;
}
