import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  castVote,
  changeStatus,
  cycleResults,
  openCycle,
  openTeamBoard,
  submitIdea,
  type Caller,
} from '../../../core/src/index.js';
import { CYCLE_REMINDER_SCHEDULE, cycleReminder } from '../../../bot/src/reminders/cycleReminder.js';
import { ideaLink } from '../../../bot/src/cards/ideaLink.js';
import { textOf, TEST_SETTINGS } from '../support/botHarness.js';
import {
  actionsOf,
  bodyActionsOf,
  expectValidCard,
  markdownTexts,
  plainTexts,
} from '../support/cardValidation.js';
import { DAY, HOUR } from '../../support/domain.js';
import { IT, ReminderFixture, TENANT } from './reminderFixture.js';

const CHANNEL = '19:ideas-general@thread.tacv2';
const person = (n: number): Caller => ({ tenantId: TENANT, userId: `voter-${n}`, name: `Voter ${n}` });

/**
 * Cycle reminders as the timer runs them, over in-memory storage with a clock the test moves, through the strict
 * fake Bot Connector: each message once per cycle moment, however often and concurrently the timer runs.
 */
describe('planning cycle reminders (strict fake Bot Connector, controlled clock)', () => {
  let fixture: ReminderFixture;
  const reminder = cycleReminder();

  beforeEach(async () => {
    fixture = await new ReminderFixture().start();
    await fixture.boardChannel('default', CHANNEL);
  });

  afterEach(async () => {
    await fixture.stop();
    expect(fixture.faults).toEqual([]);
  });

  /** A cycle open from now: ideas for 7 days, voting until day 10, reminders 3 and 1 days before, 3 shortlisted. */
  async function cycleWithIdeas() {
    const now = fixture.clock.now().getTime();
    const cycle = await openCycle(fixture.ideabar, IT, {
      name: 'FY27 Q1 planning <with> *markdown*',
      submissionOpensAt: new Date(now - HOUR).toISOString(),
      submissionClosesAt: new Date(now + 7 * DAY).toISOString(),
      votingClosesAt: new Date(now + 10 * DAY).toISOString(),
      reminderDaysBefore: [3, 1],
      shortlistSize: 3,
    });
    const votesFor = [2, 5, 0, 4, 7];
    const ideas = [];
    for (const [n, votes] of votesFor.entries()) {
      const idea = await submitIdea(fixture.ideabar, person(100 + n), {
        title: `Idea ${n} with ${votes} votes`,
        description: 'Why it helps.',
      });
      for (let v = 0; v < votes; v += 1) await castVote(fixture.ideabar, person(v), idea.id);
      ideas.push(idea);
    }
    // The most voted idea is declined: it leaves the shortlist.
    await changeStatus(fixture.ideabar, IT, ideas[4]!.id, {
      status: 'declined',
      response: 'Not this year.',
      decline: { constraint: 'cost', rule: 'Budget FY27', pathToYes: 'Ask again in FY28.' },
    });
    return { cycle, ideas };
  }

  const sent = () => fixture.connector.deliveredPerConversation().get(CHANNEL) ?? 0;

  it('runs every quarter of an hour', () => {
    expect(reminder.schedule).toBe(CYCLE_REMINDER_SCHEDULE);
    expect(CYCLE_REMINDER_SCHEDULE).toBe('0 */15 * * * *');
  });

  /** The ideas a cycle card offers votes for, in order: each an Action.Execute `vote` from a cycle's card. */
  const votesOffered = (card: Parameters<typeof bodyActionsOf>[0]) =>
    bodyActionsOf(card).map((action) => {
      expect(action).toMatchObject({ type: 'Action.Execute', verb: 'vote', title: 'Vote' });
      return action.type === 'Action.Execute' ? action.data : null;
    });

  it('announces a cycle once, with its windows, how to take part and a link to the board', async () => {
    const { cycle, ideas } = await cycleWithIdeas();
    await fixture.run(reminder, 2);
    fixture.clock.advance(15 * 60_000);
    await fixture.run(reminder);
    expect(sent()).toBe(1);

    const [announcement] = fixture.posted;
    expectValidCard(announcement!.card);
    expect(announcement!.activity.summary).toBe(`Planning cycle open: ${cycle.name}`);
    // The name IT typed stays plain text.
    expect(plainTexts(announcement!.card)).toContain(cycle.name);
    expect(markdownTexts(announcement!.card).join(' ')).not.toContain('<with>');
    const text = textOf(announcement!.card);
    expect(text).toContain('A planning cycle is open');
    expect(text).toContain('{{DATE(2026-11-30T09:00:00Z, SHORT)}} {{TIME(2026-11-30T09:00:00Z)}}');
    expect(text).toContain('new idea');
    expect(text).toContain('the top 3 go to IT review');
    expect(actionsOf(announcement!.card)).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open the board',
        url: `https://teams.microsoft.com/l/entity/${TEST_SETTINGS.teamsAppId}/board`,
      },
    ]);
    // The ideas already in the cycle can be voted on from the announcement itself, leading first.
    expect(votesOffered(announcement!.card)).toEqual(
      [1, 3, 0].map((n) => ({ ideaId: ideas[n]!.id, from: 'cycle' })),
    );
  });

  it('reminds 3 days and 1 day before voting closes, each once, with the ideas leading now', async () => {
    const { ideas } = await cycleWithIdeas();
    await fixture.run(reminder);
    fixture.clock.advance(7 * DAY + HOUR);
    await fixture.run(reminder, 2);
    await fixture.run(reminder);
    expect(sent()).toBe(2);
    fixture.clock.advance(2 * DAY);
    await fixture.run(reminder, 2);
    fixture.clock.advance(HOUR);
    await fixture.run(reminder);
    expect(sent()).toBe(3);

    const [, threeDays, oneDay] = fixture.posted;
    for (const reminderCard of [threeDays!, oneDay!]) expectValidCard(reminderCard.card);
    expect(textOf(threeDays!.card)).toContain('Voting closes in 3 days');
    expect(textOf(oneDay!.card)).toContain('Voting closes in 23 hours');
    expect(oneDay!.activity.summary).toMatch(/^Voting closes soon: /);
    // The shortlist as it stands, by votes; the declined one is out.
    expect(plainTexts(threeDays!.card).filter((t) => t.startsWith('Idea '))).toEqual([
      'Idea 1 with 5 votes',
      'Idea 3 with 4 votes',
      'Idea 0 with 2 votes',
    ]);
    const texts = markdownTexts(threeDays!.card).join('\n');
    expect(texts).toContain('5 votes · [Open](');
    expect(texts).toContain(ideaLink(TEST_SETTINGS, ideas[1]!.id, 'default'));
    // Each leading idea has its vote button, for whoever reads the channel.
    expect(votesOffered(oneDay!.card)).toEqual(
      [1, 3, 0].map((n) => ({ ideaId: ideas[n]!.id, from: 'cycle' })),
    );
  });

  it('after downtime sends only the most relevant message: the 1-day reminder, not the others too', async () => {
    await cycleWithIdeas();
    fixture.clock.advance(9 * DAY + 12 * HOUR);
    await fixture.run(reminder, 2);
    expect(sent()).toBe(1);
    expect(textOf(fixture.posted[0]!.card)).toContain('Voting closes in 12 hours');
  });

  it('posts the ranked shortlist once voting has closed, as cycleResults ranks it, and goes quiet after', async () => {
    const { cycle, ideas } = await cycleWithIdeas();
    fixture.clock.advance(10 * DAY + 5 * 60_000);
    await fixture.run(reminder, 2);
    fixture.clock.advance(DAY);
    await fixture.run(reminder);
    expect(sent()).toBe(1);

    const results = fixture.posted[0]!;
    expectValidCard(results.card);
    expect(results.activity.summary).toBe(`Planning cycle results: ${cycle.name}`);
    const expected = await cycleResults(fixture.ideabar, IT, cycle.id);
    expect(expected.final).toBe(true);
    const titles = plainTexts(results.card).filter((t) => t.startsWith('Idea '));
    expect(titles).toEqual(expected.shortlist.map((idea) => idea.title));
    expect(titles).toEqual(['Idea 1 with 5 votes', 'Idea 3 with 4 votes', 'Idea 0 with 2 votes']);
    const text = textOf(results.card);
    expect(text).toContain('5 ideas took part. The shortlist goes to IT review');
    expect(text).toContain(ideaLink(TEST_SETTINGS, ideas[3]!.id, 'default'));
    expect(text).not.toContain(ideas[4]!.id);

    // Nothing more about it, however long the timer keeps running.
    fixture.clock.advance(10 * DAY);
    await fixture.run(reminder);
    expect(sent()).toBe(1);
  });

  it('says nothing of a cycle that closed more than 7 days ago, or on a board without a channel', async () => {
    await cycleWithIdeas();
    const { board: team } = await openTeamBoard(fixture.ideabar, IT, {
      teamId: '19:other@thread.tacv2',
      name: 'Other',
    });
    const now = fixture.clock.now().getTime();
    await openCycle(fixture.ideabar, IT, {
      boardId: team.id,
      name: 'Cycle on a board without a channel',
      submissionOpensAt: new Date(now).toISOString(),
      submissionClosesAt: new Date(now + DAY).toISOString(),
      votingClosesAt: new Date(now + 2 * DAY).toISOString(),
    });
    await fixture.store.conversations.remove(TENANT, 'board:default');
    await fixture.run(reminder);
    expect(fixture.connector.counts.requests).toBe(0);
    // The channel comes back after the cycle closed long ago: still nothing about that cycle.
    await fixture.boardChannel('default', CHANNEL);
    fixture.clock.advance(18 * DAY);
    await fixture.run(reminder);
    expect(fixture.connector.counts.requests).toBe(0);
  });

  it('keeps a 50-idea shortlist inside Teams’ card limits', async () => {
    const now = fixture.clock.now().getTime();
    const cycle = await openCycle(fixture.ideabar, IT, {
      name: 'A big cycle',
      submissionOpensAt: new Date(now - HOUR).toISOString(),
      submissionClosesAt: new Date(now + DAY).toISOString(),
      votingClosesAt: new Date(now + 2 * DAY).toISOString(),
      shortlistSize: 50,
    });
    for (let n = 0; n < 55; n += 1) {
      await submitIdea(fixture.ideabar, person(n), {
        title: `${'A long title that goes on and on '.repeat(4).slice(0, 115)} ${n}`,
        description: 'Why it helps.',
      });
    }
    fixture.clock.advance(2 * DAY);
    await fixture.run(reminder);
    const results = fixture.posted.find(
      (p) => p.activity.summary === `Planning cycle results: ${cycle.name}`,
    );
    expectValidCard(results!.card);
    expect(textOf(results!.card)).toContain('…and 35 more ideas on the board.');
  });
});
