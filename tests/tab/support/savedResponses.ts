import type { SavedResponseView } from '@ideabar/core';
import type { FakeIdeaBar } from './fakeIdeaBar';

export const aSavedResponse = (id: string, title: string, text: string): SavedResponseView => ({
  id,
  title,
  text,
  updatedAt: '2026-11-20T09:00:00.000Z',
  updatedBy: { id: 'alex', name: 'Alex Wilber' },
});

/** Answers GET /api/boards/{boardId}/saved-responses with `savedResponses`, as the API lists them for IT. */
export function answerSavedResponses(
  server: FakeIdeaBar,
  boardId: string,
  savedResponses: SavedResponseView[],
): void {
  server.when('GET', new RegExp(`^/api/boards/${boardId}/saved-responses$`), {
    status: 200,
    body: { boardId, savedResponses },
  });
}
