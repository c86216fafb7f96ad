import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeStatus, submitIdea, type Caller } from '../../../core/src/index.js';
import { responseNudgeReminder } from '../../../bot/src/reminders/responseNudgeReminder.js';
import { DAY, HOUR } from '../../support/domain.js';
import { IT, ReminderFixture, TENANT } from './reminderFixture.js';

const CHANNEL = '19:ideas-general@thread.tacv2';
const ADA: Caller = { tenantId: TENANT, userId: 'ada', name: 'Ada Lovelace' };

/**
 * The response-nudge timer over the index of what comes due (strict fake Bot Connector, controlled clock from Monday
 * 23 November 2026, 09:00 UTC; SLA 5 business days: "before" from Friday 09:00, "after" from the next Monday 09:00).
 */
describe('the nudge timer reads the index of what comes due, and trusts no entry blindly', () => {
  let fixture: ReminderFixture;
  beforeEach(async () => {
    fixture = await new ReminderFixture().start();
    await fixture.boardChannel('default', CHANNEL);
  });
  afterEach(() => fixture.stop());

  const entries = () => fixture.ideabar.repos.due.listDue('nudge', new Date('2027-12-31T00:00:00Z'), 100);

  it('drops an entry left behind by an answer whose clean-up failed, and nudges nobody about it', async () => {
    const idea = await submitIdea(fixture.ideabar, ADA, { title: 'Answered', description: 'Why it helps.' });
    const { due } = fixture.ideabar.repos;
    const clear = due.clear.bind(due);
    due.clear = () => Promise.reject(new Error('storage hiccup'));
    await changeStatus(fixture.ideabar, IT, idea.id, { status: 'under_review', response: 'Looking at it.' });
    due.clear = clear;
    expect(fixture.faults).toHaveLength(1);
    expect((await entries()).map((entry) => entry.subjectId)).toEqual([idea.id]);

    fixture.clock.advance(4 * DAY + HOUR);
    await fixture.run(responseNudgeReminder());
    expect(fixture.connector.counts.requests).toBe(0);
    expect(await entries()).toEqual([]);
  });

  it('drops an entry for an idea that was never written', async () => {
    await fixture.ideabar.repos.due.set({
      kind: 'nudge',
      tenantId: TENANT,
      subjectId: '01JDNEVERWRITTEN',
      dueAt: fixture.clock.now(),
    });
    await fixture.run(responseNudgeReminder());
    expect(fixture.connector.counts.requests).toBe(0);
    expect(await entries()).toEqual([]);
  });

  it('moves an entry to the "after" nudge once "before" is sent, and out of the index once "after" is', async () => {
    const idea = await submitIdea(fixture.ideabar, ADA, { title: 'Waiting', description: 'Why it helps.' });
    const reminder = responseNudgeReminder();
    fixture.clock.advance(4 * DAY + HOUR);
    await fixture.run(reminder);
    await fixture.run(reminder);
    expect(await entries()).toEqual([
      expect.objectContaining({ subjectId: idea.id, dueAt: new Date('2026-11-30T09:00:00.001Z') }),
    ]);
    fixture.clock.advance(3 * DAY);
    await fixture.run(reminder);
    await fixture.run(reminder);
    expect(await entries()).toEqual([]);
    expect(Object.fromEntries(fixture.connector.deliveredPerConversation())).toEqual({ [CHANNEL]: 2 });
  });
});
