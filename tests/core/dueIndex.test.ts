import { describe, expect, it } from 'vitest';
import {
  answerIdea,
  changeStatus,
  mergeIdea,
  openCycle,
  submitIdea,
  updateSettings,
  type IdeaView,
} from '../../core/src/index.js';
import { ada, DAY, domain, grace, ideaInput } from '../support/domain.js';

// The clock starts on Monday 23 November 2026, 09:00 UTC; the default SLA is 5 business days.
const fixture = () => domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
const subjects = (entries: { subjectId: string }[]) => entries.map((entry) => entry.subjectId).sort();

describe('the index of what comes due, as the use cases keep it', () => {
  it('indexes a new idea at its first nudge and takes it out once IT answers, answers in place or merges it', async () => {
    const { ctx, repos } = fixture();
    const ideas: IdeaView[] = [];
    for (const title of ['Answered', 'Merged', 'Kept', 'Waiting', 'Answered in place']) {
      ideas.push(await submitIdea(ctx, ada, ideaInput(title)));
    }
    const [answered, merged, kept, waiting, inPlace] = ideas as [
      IdeaView,
      IdeaView,
      IdeaView,
      IdeaView,
      IdeaView,
    ];
    // "Before" is due once all but the last business day has passed: Friday 09:00.
    expect(await repos.due.listDue('nudge', new Date('2026-11-27T08:59:59Z'), 100)).toEqual([]);
    const due = await repos.due.listDue('nudge', new Date('2026-11-27T09:00:00Z'), 100);
    expect(subjects(due)).toEqual(subjects(ideas.map((idea) => ({ subjectId: idea.id }))));

    await changeStatus(ctx, grace, answered.id, { status: 'under_review', response: 'Looking at it.' });
    await mergeIdea(ctx, grace, merged.id, { into: kept.id, response: 'Same as the other.' });
    // A public answer that keeps the status is a first answer too (answerIdea, through reviseIdea).
    await answerIdea(ctx, grace, inPlace.id, { response: 'We are looking into what exists today.' });
    const left = await repos.due.listDue('nudge', new Date('2026-12-31T00:00:00Z'), 100);
    expect(subjects(left)).toEqual([kept.id, waiting.id].sort());
  });

  it('brings nudges forward when IT shortens its response SLA', async () => {
    const { ctx, repos } = fixture();
    const idea = await submitIdea(ctx, ada, ideaInput('Waiting'));
    const tuesday = new Date('2026-11-24T09:00:00Z');
    expect(await repos.due.listDue('nudge', tuesday, 100)).toEqual([]);
    await updateSettings(ctx, grace, { responseSlaBusinessDays: 2 });
    expect(subjects(await repos.due.listDue('nudge', tuesday, 100))).toEqual([idea.id]);
  });

  it('indexes an opened cycle at its first moment, and no refused one', async () => {
    const { ctx, clock, repos } = fixture();
    const iso = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
    const cycle = await openCycle(ctx, grace, {
      name: 'FY27 Q1 planning',
      submissionOpensAt: iso(2),
      submissionClosesAt: iso(14),
      votingClosesAt: iso(21),
    });
    await expect(
      openCycle(ctx, grace, {
        name: 'Overlapping',
        submissionOpensAt: iso(3),
        submissionClosesAt: iso(10),
        votingClosesAt: iso(21),
      }),
    ).rejects.toThrow(/overlaps/);
    const due = await repos.due.listDue('cycle', new Date(iso(60)), 100);
    expect(due).toEqual([expect.objectContaining({ subjectId: cycle.id, dueAt: new Date(iso(2)) })]);
  });
});
