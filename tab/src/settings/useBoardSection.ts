import { IDEA_LIMITS, type Translator } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { BoardChange, BoardSettings } from '../api/settingsApi';
import type { ParsedItems } from './ListField';
import type { BoardSectionProps, FieldMessages } from './SettingsPage.types';
import { useForm } from '../shared/useForm';

export interface BoardDraft {
  name: string;
  description: string;
  suggestedTags: string[];
  moderation: boolean;
}

/** The API's limits for a board (PUT /api/boards/{id}). */
export const BOARD_LIMITS = { nameMax: 80, descriptionMax: 500, suggestedTagsMax: 20 } as const;

const draftOf = (board: BoardSettings): BoardDraft => ({
  name: board.name,
  description: board.description,
  suggestedTags: board.suggestedTags,
  moderation: board.moderation,
});

/** A board's name, description, suggested tags and moderation, saved together (only what changed is sent). */
export function useBoardSection({ board, notify, onBoardSaved, onChanged }: BoardSectionProps) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const form = useForm(draftOf(board), {
    failed: 'settings.board.failed',
    check: (draft) => checkBoard(draft, t),
    sayHighlighted: false,
  });

  const save = () =>
    form.submit(async (draft) => {
      const saved = await api.settings.updateBoard(board.id, changesOf(draftOf(board), draft));
      onBoardSaved(saved);
      onChanged();
      notify(t('settings.board.saved', { name: draft.name.trim() }));
    });

  return { ...form, save };
}

/** The fields that differ from what is saved: the audit log then says exactly what changed. */
function changesOf(saved: BoardDraft, draft: BoardDraft): BoardChange {
  const change: BoardChange = {};
  if (draft.name !== saved.name) change.name = draft.name.trim();
  if (draft.description !== saved.description) change.description = draft.description.trim();
  if (draft.suggestedTags.join('\n') !== saved.suggestedTags.join('\n'))
    change.suggestedTags = draft.suggestedTags;
  if (draft.moderation !== saved.moderation) change.moderation = draft.moderation;
  return change;
}

function checkBoard(draft: BoardDraft, t: Translator['t']): FieldMessages {
  const messages: FieldMessages = {};
  if (!draft.name.trim()) messages.name = t('settings.board.check.name');
  else if (draft.name.trim().length > BOARD_LIMITS.nameMax)
    messages.name = t('settings.check.max', { max: BOARD_LIMITS.nameMax });
  if (draft.description.trim().length > BOARD_LIMITS.descriptionMax)
    messages.description = t('settings.check.max', { max: BOARD_LIMITS.descriptionMax });
  return messages;
}

/** Tags typed into the suggested tags: split on commas, a leading # dropped, each once (ignoring case). */
export function parseSuggestedTags(typed: string, tags: string[], t: Translator['t']): ParsedItems {
  const add: string[] = [];
  const seen = new Set(tags.map((tag) => tag.toLocaleLowerCase()));
  for (const part of typed.split(/[,;]/)) {
    const tag = part.trim().replace(/^#/, '').trim();
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue;
    if (tag.length > IDEA_LIMITS.tagMax)
      return { problem: t('settings.board.check.tagMax', { max: IDEA_LIMITS.tagMax }) };
    seen.add(tag.toLocaleLowerCase());
    add.push(tag);
  }
  if (tags.length + add.length > BOARD_LIMITS.suggestedTagsMax)
    return { problem: t('settings.board.check.tagsMax', { max: BOARD_LIMITS.suggestedTagsMax }) };
  return { add };
}
