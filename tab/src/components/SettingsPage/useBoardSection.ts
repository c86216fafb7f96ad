import { IDEA_LIMITS } from '@ideabar/core';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import type { BoardChange, BoardSettings } from '../../api/settingsApi';
import type { ParsedItems } from './ListField';
import type { BoardSectionProps, FieldMessages } from './SettingsPage.types';
import { useSectionForm } from './useSectionForm';

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
  const form = useSectionForm(draftOf(board), notify, { check: checkBoard });

  const save = () =>
    form.save(
      async (draft) => {
        const saved = await api.settings.updateBoard(board.id, changesOf(draftOf(board), draft));
        onBoardSaved(saved);
        onChanged();
      },
      { doing: 'save the board', done: `Saved “${form.draft.name.trim()}”.` },
    );

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

function checkBoard(draft: BoardDraft): FieldMessages {
  const messages: FieldMessages = {};
  if (!draft.name.trim()) messages.name = 'Give the board a name.';
  else if (draft.name.trim().length > BOARD_LIMITS.nameMax)
    messages.name = `Use at most ${BOARD_LIMITS.nameMax} characters.`;
  if (draft.description.trim().length > BOARD_LIMITS.descriptionMax)
    messages.description = `Use at most ${BOARD_LIMITS.descriptionMax} characters.`;
  return messages;
}

/** Tags typed into the suggested tags: split on commas, a leading # dropped, each once (ignoring case). */
export function parseSuggestedTags(typed: string, tags: string[]): ParsedItems {
  const add: string[] = [];
  const seen = new Set(tags.map((tag) => tag.toLocaleLowerCase()));
  for (const part of typed.split(/[,;]/)) {
    const tag = part.trim().replace(/^#/, '').trim();
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue;
    if (tag.length > IDEA_LIMITS.tagMax)
      return { problem: `Use at most ${IDEA_LIMITS.tagMax} characters per tag.` };
    seen.add(tag.toLocaleLowerCase());
    add.push(tag);
  }
  if (tags.length + add.length > BOARD_LIMITS.suggestedTagsMax)
    return { problem: `Suggest at most ${BOARD_LIMITS.suggestedTagsMax} tags.` };
  return { add };
}
