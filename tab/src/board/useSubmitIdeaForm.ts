import { useCallback, type RefObject } from 'react';
import { IDEA_LIMITS, type Translator } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useForm } from '../shared/useForm';
import { useLoaded } from '../shared/useLoaded';
import type { FieldMessages } from '../shared/fieldMessages';
import type { DraftField, IdeaDraft, SubmitIdeaFormProps } from './SubmitIdeaForm.types';

const EMPTY: IdeaDraft = { title: '', description: '', category: '', tags: '' };

export const tagsOf = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((tag) => tag.trim().replace(/^#/, ''))
    .filter(Boolean);

/**
 * The draft, its field messages (ours for the obvious, the API's for the rest) and the submission. After a refusal
 * focus goes to the first field of `formRef` that needs attention, so keyboard and screen reader users land on the
 * message rather than being left on the button.
 */
export function useSubmitIdeaForm(
  { open, boardId, onSubmitted }: SubmitIdeaFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const categories = useBoardCategories(open, boardId);
  const form = useForm(EMPTY, {
    failed: 'submit.failed',
    formRef,
    check: (draft) => checkDraft(draft, t),
    sayHighlighted: false,
  });

  const submit = () =>
    form.submit(async (draft) => {
      const tags = tagsOf(draft.tags);
      const idea = await api.ideas.submit({
        title: draft.title,
        description: draft.description,
        ...(draft.category.trim() ? { category: draft.category.trim() } : {}),
        ...(tags.length > 0 ? { tags } : {}),
        ...(boardId ? { boardId } : {}),
      });
      form.reset();
      onSubmitted(idea);
    });

  const { draft, validation, problem, saving: submitting } = form;
  const edit = (field: DraftField, value: string) => form.edit({ [field]: value });
  return { draft, validation, problem, submitting, categories, edit, submit };
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
