import { describe, expect, it } from 'vitest';
import { responseNudgesDue, type IdeaRecord } from '../../core/src/index.js';
import { storedIdea } from '../support/storedIdeas.js';

const idea = (
  id: string,
  createdAt: string,
  triage: Partial<IdeaRecord['triage']> = {},
  status: IdeaRecord['status'] = 'new',
): IdeaRecord => storedIdea({ id, status, createdAt: new Date(createdAt), triage });

describe('response nudges', () => {
  // Monday 23 November 2026, 09:00 UTC; the SLA is 5 business days.
  const at = new Date('2026-11-23T09:00:00Z');
  const partner = { id: 'alex', name: 'Alex Wilber' };

  it('nudges before the deadline, after it, and not otherwise', () => {
    const due = responseNudgesDue(
      [
        idea('fresh', '2026-11-20T09:00:00Z'), // 1 business day: nothing yet
        idea('almost', '2026-11-17T09:00:00Z', { itPartner: partner }), // 4 business days: the last day
        idea('late', '2026-11-13T09:00:00Z'), // 6 business days
        idea('answered', '2026-11-02T09:00:00Z', { firstResponseAt: new Date('2026-11-03T09:00:00Z') }),
        idea('merged', '2026-11-02T09:00:00Z', { duplicateOf: 'late' }, 'duplicate'),
      ],
      at,
      5,
    );
    expect(due).toEqual([
      {
        ideaId: 'almost',
        boardId: 'default',
        title: 'Idea almost',
        stage: 'before',
        recipient: partner,
        waitedBusinessDays: 4,
      },
      {
        ideaId: 'late',
        boardId: 'default',
        title: 'Idea late',
        stage: 'after',
        recipient: null,
        waitedBusinessDays: 6,
      },
    ]);
  });

  it('counts only business days, so a weekend does not bring a deadline closer', () => {
    // Submitted Friday 09:00: by Monday 09:00 it has waited one business day, not three.
    expect(responseNudgesDue([idea('weekend', '2026-11-20T09:00:00Z')], at, 2).map((n) => n.stage)).toEqual([
      'before',
    ]);
    expect(responseNudgesDue([idea('weekend', '2026-11-20T09:00:00Z')], at, 3)).toEqual([]);
  });
});
