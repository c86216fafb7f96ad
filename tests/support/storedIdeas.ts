import { untriaged, type IdeaRecord, type IdeaTriage } from '../../core/src/index.js';

/** What a test says about an idea it writes straight to storage: its id, and whatever its assertions rest on. */
export type StoredIdeaFields = Partial<Omit<IdeaRecord, 'triage'>> & {
  id: string;
  /** Laid over an untriaged idea's triage, so a test names only what IT did (`firstResponseAt`, a decline…). */
  triage?: Partial<IdeaTriage>;
};

/**
 * An idea as storage holds it, for tests that set up ideas without submitting them: on contoso's default board, by
 * Ada, created at `createdAt` (23 November 2026, 09:00 UTC unless given) and untouched since, with no votes,
 * comments or triage unless the test says so.
 */
export function storedIdea({ triage, ...fields }: StoredIdeaFields): IdeaRecord {
  const createdAt = fields.createdAt ?? new Date('2026-11-23T09:00:00Z');
  return {
    tenantId: 'contoso',
    boardId: 'default',
    title: `Idea ${fields.id}`,
    description: 'Why it helps.',
    category: null,
    tags: [],
    status: 'new',
    author: { id: 'ada', name: 'Ada' },
    createdAt,
    updatedAt: createdAt,
    votes: 0,
    commentCount: 0,
    heat: 0,
    heatAt: createdAt,
    cycleId: null,
    lastChange: null,
    ...fields,
    triage: { ...untriaged(), ...triage },
  };
}
