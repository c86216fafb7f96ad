import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assignPartners,
  changeStatus,
  defaultBoard,
  defaultSettings,
  mergeIdea,
  openTeamBoard,
  submitIdea,
  type Caller,
  type IdeaView,
} from '../../../core/src/index.js';
import { ideaLink } from '../../../bot/src/cards/ideaLink.js';
import {
  RESPONSE_NUDGE_SCHEDULE,
  responseNudgeReminder,
} from '../../../bot/src/reminders/responseNudgeReminder.js';
import { textOf, TEST_SETTINGS } from '../support/botHarness.js';
import { actionsOf, expectValidCard, plainTexts } from '../support/cardValidation.js';
import { DAY, HOUR } from '../../support/domain.js';
import { IT, ReminderFixture, TENANT } from './reminderFixture.js';

const CHANNEL = '19:ideas-general@thread.tacv2';
const GRACE_CHAT = 'a:personal-grace';
const LIN = { id: 'lin', name: 'Lin Chen' };
const ADA: Caller = { tenantId: TENANT, userId: 'ada', name: 'Ada Lovelace' };

/**
 * The response-SLA nudges as the timer runs them, through the strict fake Bot Connector with a clock the test
 * moves. The clock starts on Monday 23 November 2026, 09:00 UTC; with the default SLA of 5 business days an idea
 * submitted then is due its "before" nudge from Friday 09:00 and its "after" nudge from the next Monday 09:00.
 */
describe('response-SLA nudges (strict fake Bot Connector, controlled clock)', () => {
  let fixture: ReminderFixture;

  beforeEach(async () => {
    fixture = await new ReminderFixture().start();
    await fixture.boardChannel('default', CHANNEL);
    await fixture.personalChat(IT.userId);
    // Lin is an IT member the bot has no chat with.
    await fixture.ideabar.itDirectory.addItMember({ tenantId: TENANT, userId: LIN.id, name: LIN.name });
  });

  afterEach(async () => {
    await fixture.stop();
    expect(fixture.faults).toEqual([]);
  });

  const idea = (title: string, boardId?: string) =>
    submitIdea(fixture.ideabar, ADA, {
      title,
      description: 'Why it helps.',
      ...(boardId ? { boardId } : {}),
    });
  const partner = (target: IdeaView, itPartner: { id: string; name: string }) =>
    assignPartners(fixture.ideabar, IT, target.id, { itPartner });
  const delivered = () => Object.fromEntries(fixture.connector.deliveredPerConversation());

  it('runs hourly on every day, since a tenant’s working week may include Sunday', () => {
    expect(responseNudgeReminder().schedule).toBe(RESPONSE_NUDGE_SCHEDULE);
    expect(RESPONSE_NUDGE_SCHEDULE).toBe('0 0 * * * *');
  });

  it('nudges once per idea per stage, to the partner’s chat or else the channel, however often it runs', async () => {
    const reminder = responseNudgeReminder();
    const withGrace = await idea('Partnered by Grace');
    const withLin = await idea('Partnered by Lin, who has no chat');
    const alone = await idea('Nobody’s yet');
    const answered = await idea('Answered at once');
    await partner(withGrace, { id: IT.userId, name: IT.name });
    await partner(withLin, LIN);
    await changeStatus(fixture.ideabar, IT, answered.id, { status: 'under_review', response: 'Looking.' });

    // Thursday: nothing due yet.
    fixture.clock.advance(3 * DAY);
    await fixture.run(reminder, 2);
    expect(fixture.connector.counts.requests).toBe(0);

    // Friday: the "before" nudges; the timer runs twice at once, then again an hour later.
    fixture.clock.advance(DAY + HOUR);
    await fixture.run(reminder, 2);
    fixture.clock.advance(HOUR);
    await fixture.run(reminder);
    expect(delivered()).toEqual({ [GRACE_CHAT]: 1, [CHANNEL]: 2 });

    const toGrace = fixture.posted.find((p) => p.conversationId === GRACE_CHAT)!;
    expectValidCard(toGrace.card);
    expect(textOf(toGrace.card)).toContain('Due for a first answer soon');
    expect(textOf(toGrace.card)).toContain('You are its IT partner');
    expect(plainTexts(toGrace.card)).toContain('Partnered by Grace');
    expect(actionsOf(toGrace.card)).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Answer in IdeaBar',
        url: ideaLink(TEST_SETTINGS, withGrace.id, 'default'),
      },
    ]);
    const inChannel = fixture.posted.filter((p) => p.conversationId === CHANNEL);
    const linCard = inChannel.find((p) => plainTexts(p.card).includes(withLin.title))!;
    expectValidCard(linCard.card);
    expect(plainTexts(linCard.card).join('')).toContain('Its IT partner is Lin Chen');
    const aloneCard = inChannel.find((p) => plainTexts(p.card).includes(alone.title))!;
    expect(textOf(aloneCard.card)).toContain('It has no IT partner yet');
    expect(textOf(aloneCard.card)).toContain('IT promises one within 5 business days');

    // The weekend adds no business days: nothing new on Monday morning before 09:00.
    fixture.clock.advance(2 * DAY + 20 * HOUR);
    await fixture.run(reminder);
    expect(delivered()).toEqual({ [GRACE_CHAT]: 1, [CHANNEL]: 2 });

    // IT answers one idea over the weekend; Monday after 09:00, the others get their "after" nudge, once.
    await changeStatus(fixture.ideabar, IT, alone.id, { status: 'planned', response: 'Next sprint.' });
    fixture.clock.advance(2 * HOUR);
    await fixture.run(reminder, 2);
    fixture.clock.advance(DAY);
    await fixture.run(reminder, 2);
    expect(delivered()).toEqual({ [GRACE_CHAT]: 2, [CHANNEL]: 3 });
    const overdue = fixture.posted.at(-1)!;
    expectValidCard(overdue.card);
    expect(textOf(overdue.card)).toContain('Overdue for a first answer');
    expect(textOf(overdue.card)).toContain('past the 5 business days IT promises');
    expect(fixture.posted.some((p) => plainTexts(p.card).includes(answered.title))).toBe(false);
  });

  it('nudges a stage once even when the idea gets a partner in between', async () => {
    const reminder = responseNudgeReminder();
    const target = await idea('Nobody’s at first');
    fixture.clock.advance(4 * DAY + HOUR);
    await fixture.run(reminder);
    expect(delivered()).toEqual({ [CHANNEL]: 1 });
    await partner(target, { id: IT.userId, name: IT.name });
    fixture.clock.advance(HOUR);
    await fixture.run(reminder, 2);
    expect(delivered()).toEqual({ [CHANNEL]: 1 });
    // The next stage goes to the partner.
    fixture.clock.advance(3 * DAY);
    await fixture.run(reminder, 2);
    expect(delivered()).toEqual({ [CHANNEL]: 1, [GRACE_CHAT]: 1 });
  });

  it('follows the tenant’s own SLA, and nudges nothing answered, merged or unreachable', async () => {
    await fixture.ideabar.repos.settings.save(
      { ...defaultSettings(TENANT, 5), responseSlaBusinessDays: 2 },
      null,
    );
    const { board: team } = await openTeamBoard(fixture.ideabar, IT, {
      teamId: '19:no-channel@thread.tacv2',
      name: 'A team without the bot',
    });
    const waiting = await idea('Waiting');
    const merged = await idea('Merged away');
    await idea('On a board the bot is not in', team.id);
    await mergeIdea(fixture.ideabar, IT, merged.id, { into: waiting.id, response: 'Same thing.' });
    // Tuesday 10:00: more than a business day, so the "before" stage of a 2-day SLA.
    fixture.clock.advance(DAY + HOUR);
    await fixture.run(responseNudgeReminder(), 2);
    expect(delivered()).toEqual({ [CHANNEL]: 1 });
    expect(textOf(fixture.posted.at(-1)!.card)).toContain('IT promises one within 2 business days');
  });

  it('sends a backlog a few at a time per conversation, the longest waiting first, and loses none', async () => {
    const reminder = responseNudgeReminder(RESPONSE_NUDGE_SCHEDULE, 2);
    const backlog = [];
    for (let n = 0; n < 5; n += 1) {
      backlog.push(await idea(`Backlog idea ${n}`));
      fixture.clock.advance(HOUR);
    }
    fixture.clock.advance(10 * DAY);
    const titlesSent = () =>
      fixture.posted.flatMap((p) => plainTexts(p.card).filter((t) => t.startsWith('Backlog')));
    await fixture.run(reminder, 2);
    expect(titlesSent()).toEqual(['Backlog idea 0', 'Backlog idea 1']);
    fixture.clock.advance(HOUR);
    await fixture.run(reminder);
    fixture.clock.advance(HOUR);
    await fixture.run(reminder);
    fixture.clock.advance(HOUR);
    await fixture.run(reminder);
    expect(titlesSent()).toEqual(backlog.map((b) => b.title));
  });

  it('keeps the title of an idea awaiting approval out of the channel', async () => {
    const boards = fixture.ideabar.repos.boards;
    await boards.createIfMissing(defaultBoard(TENANT, fixture.clock.now()));
    const found = await boards.findVersioned(TENANT, 'default');
    await boards.save({ ...found!.value, moderation: true }, found!.version);
    const secret = await idea('Acquire the competitor');
    expect(secret.awaitingApproval).toBe(true);
    fixture.clock.advance(5 * DAY);
    await fixture.run(responseNudgeReminder());
    const [nudge] = fixture.posted;
    expectValidCard(nudge!.card);
    expect(JSON.stringify(nudge!.card)).not.toContain('Acquire');
    expect(textOf(nudge!.card)).toContain('An idea waiting for approval');
  });
});
