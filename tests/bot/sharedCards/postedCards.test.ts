import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  approveIdea,
  castVote,
  changeStatus,
  mergeIdea,
  type Caller,
  type IdeaRecord,
} from '../../../core/src/index.js';
import type { AdaptiveCard } from '../../../bot/src/cards/adaptiveCard.js';
import { serializeTarget } from '../../../bot/src/outbox/storedReference.js';
import { ReminderFixture } from '../reminders/reminderFixture.js';
import {
  ADA,
  botAdded,
  cardAction,
  message,
  messageAction,
  OTHER_TENANT,
  TEAM,
  TENANT,
} from '../support/activities.js';
import { textOf } from '../support/botHarness.js';
import { actionsOf, expectValidCard, plainTexts } from '../support/cardValidation.js';
import { AFTER_THE_ANSWER } from '../../support/waits.js';

const IT: Caller = { tenantId: TENANT, userId: 'aad-it', name: 'IT Desk' };
/** The channel thread the fixtures' channel activities come from. */
const THREAD = `${TEAM.id};messageid=1700000000000`;

/**
 * Shared idea cards follow their idea's status: the bot remembers each card it posts, with the id Teams gave it,
 * and when IT changes the status (through the core use case, as the API does) it edits them. Turns go through the
 * bot's endpoint and every message through the strict fake Bot Connector on loopback.
 */
describe('shared idea cards follow the idea’s status', () => {
  let fixture: ReminderFixture;

  beforeEach(async () => {
    // A long interval: edits of one message wait for each other, so only `flush` (or coalescing) decides when.
    fixture = await new ReminderFixture({
      settings: { cardUpdateIntervalMs: 5_000 },
      itMembers: [{ tenantId: TENANT, userId: IT.userId }],
    }).start();
    await fixture.turn(botAdded(ADA, 'channel'));
  });

  afterEach(async () => {
    await fixture.stop();
    expect(fixture.faults).toEqual([]);
  });

  /** `@IdeaBar new idea` in the team's channel, then the form submitted: the form becomes the idea's card. */
  async function ideaFromChannelForm(title: string): Promise<{ idea: IdeaRecord; cardId: string }> {
    const before = fixture.connector.deliveries.length;
    await fixture.turn(message(ADA, 'new idea', 'channel'));
    const form = fixture.connector.deliveries.slice(before).find((d) => d.conversationId === THREAD);
    expect(form).toBeDefined();
    const answer = await fixture.turn(
      cardAction(
        ADA,
        'submitIdea',
        { title, description: 'So people stop waiting on tickets.', boardId: TEAM.id, checkedTitle: title },
        'channel',
        { replyToId: form!.activityId },
      ),
    );
    expect(answer.status).toBe(200);
    await fixture.runtime.flush();
    const idea = (await fixture.ideabar.repos.ideas.listBoard(TENANT, TEAM.id)).find(
      (i) => i.title === title,
    );
    expect(idea).toBeDefined();
    return { idea: idea!, cardId: form!.activityId };
  }

  const lastCard = (activityId: string): AdaptiveCard => {
    const card = fixture.connector.editsOf(activityId).at(-1)?.card;
    expectValidCard(card);
    return card;
  };

  it('remembers the card a channel’s new-idea form became, with the id Teams gave the message', async () => {
    const { idea, cardId } = await ideaFromChannelForm('Self-service VPN');
    // Teams' ids for a channel message: a number, never one IdeaBar made up.
    expect(cardId).toMatch(/^\d{13}$/);
    expect(await fixture.store.postedCards.list(TENANT, idea.id)).toEqual([
      expect.objectContaining({
        tenantId: TENANT,
        ideaId: idea.id,
        conversationId: THREAD,
        activityId: cardId,
      }),
    ]);
    // The form was edited into the shared card: no one's vote, the idea's status.
    expect(fixture.connector.editsOf(cardId)).toHaveLength(1);
    expect(textOf(lastCard(cardId))).toContain('Self-service VPN');
  });

  it('IT changes the status: exactly one edit of that message, showing the new status and the response', async () => {
    const { idea, cardId } = await ideaFromChannelForm('Self-service VPN');
    const before = fixture.connector.edits.length;
    await changeStatus(fixture.ideabar, IT, idea.id, {
      status: 'planned',
      response: 'Planned for Q1: [the roadmap](https://evil.example) has it.',
    });
    await fixture.runtime.flush();
    const edits = fixture.connector.edits.slice(before);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ conversationId: THREAD, activityId: cardId, tenantId: TENANT });
    const card = lastCard(cardId);
    expect(textOf(card)).toContain('Planned');
    expect(plainTexts(card)).toEqual(
      expect.arrayContaining(['IT Desk: ', 'Planned for Q1: [the roadmap](https://evil.example) has it.']),
    );
    // Still the shared view: everyone can vote, nobody's vote is shown.
    expect(actionsOf(card).some((a) => a.type === 'Action.Execute' && a.verb === 'vote')).toBe(true);
    expect(textOf(card)).not.toContain('You voted');
  });

  it('two quick changes become one edit, showing the latest', async () => {
    const { idea, cardId } = await ideaFromChannelForm('Self-service VPN');
    const before = fixture.connector.edits.length;
    await changeStatus(fixture.ideabar, IT, idea.id, { status: 'under_review', response: 'Looking at it.' });
    await changeStatus(fixture.ideabar, IT, idea.id, { status: 'planned', response: 'Planned for Q1.' });
    await fixture.runtime.flush();
    expect(fixture.connector.edits.slice(before)).toHaveLength(1);
    const texts = plainTexts(lastCard(cardId));
    expect(textOf(lastCard(cardId))).toContain('Planned');
    expect(texts).toContain('Planned for Q1.');
    expect(texts).not.toContain('Looking at it.');
  });

  it('a message deleted in Teams is forgotten at its first 404 and never edited again', async () => {
    const { idea, cardId } = await ideaFromChannelForm('Self-service VPN');
    fixture.connector.deleteMessage(THREAD, cardId);
    await changeStatus(fixture.ideabar, IT, idea.id, { status: 'under_review', response: 'Looking at it.' });
    await fixture.runtime.flush();
    expect(fixture.connector.counts.gone).toBe(1);
    expect(await fixture.store.postedCards.list(TENANT, idea.id)).toEqual([]);
    const requests = fixture.connector.requestsAt.get(THREAD)?.length;
    await changeStatus(fixture.ideabar, IT, idea.id, { status: 'planned', response: 'Planned for Q1.' });
    await fixture.runtime.flush();
    expect(fixture.connector.requestsAt.get(THREAD)?.length).toBe(requests);
    expect(fixture.connector.counts.gone).toBe(1);
  });

  it('another tenant’s cards are never touched, even recorded under the same idea id', async () => {
    const { idea, cardId } = await ideaFromChannelForm('Self-service VPN');
    // Another tenant's channel, with a card the bot posted there.
    const elsewhere = {
      serviceUrl: JSON.parse((await fixture.store.conversations.find(TENANT, `board:${TEAM.id}`))!.reference)
        .serviceUrl as string,
      conversationId: '19:other-tenant-general@thread.tacv2',
      tenantId: OTHER_TENANT,
    };
    const posted = await fixture.runtime.services.sender.deliver(elsewhere, {
      kind: 'send',
      activity: { type: 'message', text: 'Another tenant’s idea' },
    });
    expect(posted.status).toBe('delivered');
    const otherId = posted.status === 'delivered' ? posted.activityId! : '';
    await fixture.store.postedCards.record({
      tenantId: OTHER_TENANT,
      ideaId: idea.id,
      conversationId: elsewhere.conversationId,
      activityId: otherId,
      reference: serializeTarget(elsewhere),
      postedAt: fixture.clock.now(),
    });
    await changeStatus(fixture.ideabar, IT, idea.id, { status: 'planned', response: 'Planned for Q1.' });
    await fixture.runtime.flush();
    expect(fixture.connector.editsOf(cardId)).toHaveLength(2);
    expect(fixture.connector.edits.filter((e) => e.tenantId === OTHER_TENANT)).toEqual([]);
    expect(fixture.connector.editsOf(otherId)).toEqual([]);
  });

  it('a card announced in the board channel is remembered; a merge shows “Merged into …” on the duplicate', async () => {
    const sendToIdeaBar = (title: string) =>
      fixture.turn(
        messageAction(ADA, 'submitAction', {
          data: { verb: 'submitIdea', title, description: 'From a message.', checkedTitle: title },
        }),
      );
    await sendToIdeaBar('Self-service VPN');
    await sendToIdeaBar('VPN without a ticket');
    const ideas = await fixture.ideabar.repos.ideas.listBoard(TENANT, TEAM.id);
    const kept = ideas.find((i) => i.title === 'Self-service VPN')!;
    const duplicate = ideas.find((i) => i.title === 'VPN without a ticket')!;
    // Posted through the outbox, not awaited by the dialog's answer.
    await vi.waitFor(async () => {
      for (const each of [kept, duplicate])
        expect(await fixture.store.postedCards.list(TENANT, each.id)).toHaveLength(1);
    }, AFTER_THE_ANSWER);
    const [keptCard] = await fixture.store.postedCards.list(TENANT, kept.id);
    const [duplicateCard] = await fixture.store.postedCards.list(TENANT, duplicate.id);
    const announced = fixture.connector.deliveries.filter((d) => d.conversationId === TEAM.id);
    expect(announced.map((d) => d.activityId).sort()).toEqual(
      [keptCard!.activityId, duplicateCard!.activityId].sort(),
    );

    // Lin votes for the duplicate only: the merge moves her vote.
    await castVote(fixture.ideabar, { tenantId: TENANT, userId: 'aad-lin', name: 'Lin' }, duplicate.id);
    await fixture.ideabar.votes.settled(TENANT, duplicate.id);
    await fixture.runtime.flush();
    const editsBefore = (card: { activityId: string }) => fixture.connector.editsOf(card.activityId).length;
    const [keptBefore, duplicateBefore] = [editsBefore(keptCard!), editsBefore(duplicateCard!)];
    await mergeIdea(fixture.ideabar, IT, duplicate.id, {
      into: kept.id,
      response: 'Same idea: follow the older one.',
    });
    await fixture.ideabar.votes.settled(TENANT, kept.id);
    await fixture.runtime.flush();
    const merged = lastCard(duplicateCard!.activityId);
    expect(fixture.connector.editsOf(duplicateCard!.activityId)).toHaveLength(duplicateBefore + 1);
    expect(textOf(merged)).toContain('Duplicate');
    expect(plainTexts(merged)).toEqual(
      expect.arrayContaining(['Merged into ', 'Self-service VPN', 'Same idea: follow the older one.']),
    );
    // A duplicate takes no votes: its card points to the idea that does.
    expect(actionsOf(merged).some((a) => a.type === 'Action.Execute' && a.verb === 'vote')).toBe(false);
    expect(actionsOf(merged)[0]).toMatchObject({
      type: 'Action.OpenUrl',
      title: 'Go to the idea it was merged into',
    });
    // The idea it was merged into is brought up to date too (it took the duplicate's votes).
    expect(fixture.connector.editsOf(keptCard!.activityId)).toHaveLength(keptBefore + 1);
    expect(textOf(lastCard(keptCard!.activityId))).toContain('2 votes');
  });

  it('on a moderated board, an idea reaches the channel only once IT approves it', async () => {
    const { boards } = fixture.ideabar.repos;
    const found = await boards.findVersioned(TENANT, TEAM.id);
    await boards.save({ ...found!.value, moderation: true }, found!.version);
    await fixture.turn(
      messageAction(ADA, 'submitAction', {
        data: {
          verb: 'submitIdea',
          title: 'Badge readers',
          description: 'From a message.',
          checkedTitle: 'Badge readers',
        },
      }),
    );
    await fixture.runtime.flush();
    const [idea] = await fixture.ideabar.repos.ideas.listBoard(TENANT, TEAM.id);
    expect(idea?.triage.awaitingApproval).toBe(true);
    const inChannel = () => fixture.connector.deliveries.filter((d) => d.conversationId === TEAM.id);
    expect(inChannel()).toEqual([]);
    expect(await fixture.store.postedCards.list(TENANT, idea!.id)).toEqual([]);

    await approveIdea(fixture.ideabar, IT, idea!.id);
    await fixture.runtime.flush();
    await vi.waitFor(
      async () => expect(await fixture.store.postedCards.list(TENANT, idea!.id)).toHaveLength(1),
      AFTER_THE_ANSWER,
    );
    expect(inChannel()).toHaveLength(1);
    expect(plainTexts(inChannel()[0]!.card as AdaptiveCard)).toContain('Badge readers');
  });
});
