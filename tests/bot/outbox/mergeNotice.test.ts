import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { castVote, getIdea, mergeIdea, submitIdea, type Caller } from '../../../core/src/index.js';
import { ideaLink } from '../../../bot/src/cards/ideaLink.js';
import { textOf, TEST_SETTINGS } from '../support/botHarness.js';
import { actionsOf, expectValidCard, plainTexts } from '../support/cardValidation.js';
import { IT, ReminderFixture, TENANT } from '../reminders/reminderFixture.js';

const person = (userId: string): Caller => ({ tenantId: TENANT, userId, name: userId });
const ADA = person('ada');

/**
 * A merge as IT makes it, with the StatusChanged event reaching the bot's notifier as in the Functions app, and
 * messages going through the strict fake Bot Connector.
 */
describe('merging a duplicate (the bot’s side)', () => {
  let fixture: ReminderFixture;

  beforeEach(async () => {
    fixture = await new ReminderFixture().start();
    for (const userId of ['ada', 'voter-1', 'voter-2']) await fixture.personalChat(userId);
  });

  afterEach(async () => {
    await fixture.stop();
    expect(fixture.faults).toEqual([]);
  });

  async function merge() {
    const { ideabar, store } = fixture;
    const kept = await submitIdea(ideabar, person('lee'), { title: 'Self-service VPN', description: 'd' });
    const duplicate = await submitIdea(ideabar, ADA, { title: 'VPN without a ticket', description: 'd' });
    for (const voter of ['voter-1', 'voter-2']) await castVote(ideabar, person(voter), duplicate.id);
    await castVote(ideabar, person('voter-2'), kept.id);
    for (const follower of ['voter-1', 'voter-3'])
      await store.followers.set(TENANT, duplicate.id, follower, true);
    await store.followers.set(TENANT, kept.id, 'voter-2', true);
    await mergeIdea(ideabar, IT, duplicate.id, {
      into: kept.id,
      response: 'Same idea: follow the older one.',
    });
    // As the Functions app does right after its answer.
    await fixture.runtime.flush();
    return { kept, duplicate };
  }

  it('moves followers and votes to the idea it was merged into; a person who voted for both counts once', async () => {
    const { kept, duplicate } = await merge();
    const { followers } = fixture.store;
    expect(await followers.list(TENANT, kept.id)).toEqual(['voter-1', 'voter-2', 'voter-3']);
    expect(await followers.list(TENANT, duplicate.id)).toEqual([]);
    // lee and ada (each their own idea's author), voter-1, and voter-2 who voted for both: each once.
    expect((await getIdea(fixture.ideabar, IT, kept.id)).votes).toBe(4);
  });

  it('tells the author, and voters who followed, where to go: the idea it was merged into, by name and link', async () => {
    const { kept, duplicate } = await merge();
    expect(fixture.connector.deliveredPerConversation()).toEqual(
      new Map([
        ['a:personal-ada', 1],
        ['a:personal-voter-1', 1],
      ]),
    );
    const toAuthor = fixture.posted.find((p) => p.conversationId === 'a:personal-ada')!;
    expectValidCard(toAuthor.card);
    expect(textOf(toAuthor.card)).toContain('Your idea was merged');
    expect(plainTexts(toAuthor.card)).toEqual(
      expect.arrayContaining([
        'VPN without a ticket',
        'Self-service VPN',
        'Same idea: follow the older one.',
      ]),
    );
    expect(actionsOf(toAuthor.card)).toEqual([
      { type: 'Action.OpenUrl', title: 'Go to the idea', url: ideaLink(TEST_SETTINGS, kept.id, 'default') },
    ]);
    const toFollower = fixture.posted.find((p) => p.conversationId === 'a:personal-voter-1')!;
    expect(textOf(toFollower.card)).toContain('An idea you follow was merged');

    // Finishing an interrupted merge again tells nobody twice.
    await mergeIdea(fixture.ideabar, IT, duplicate.id, { into: kept.id, response: 'Again.' });
    await fixture.runtime.flush();
    expect(fixture.connector.deliveries).toHaveLength(2);
  });
});
