import { describe, expect, it, vi } from 'vitest';
import { changeStatus, conversationKeys, mergeIdea, submitIdea } from '../../../../core/src/index.js';
import type { ExecuteAction, InputText } from '../../../../bot/src/cards/adaptiveCard.js';
import {
  ADA,
  botAdded,
  cardAction,
  GRACE,
  installation,
  message,
  messageAction,
  OTHER_TENANT,
  submitted,
  TEAM,
  TENANT,
} from '../../support/activities.js';
import { BotHarness, invokeCard, textOf } from '../../support/botHarness.js';
import { actionsOf, bodyActionsOf, expectValidCard, plainTexts } from '../../support/cardValidation.js';

const caller = (person = ADA, tenantId = TENANT) => ({
  tenantId,
  userId: person.aadObjectId,
  name: person.name,
});

async function withIdea(harness: BotHarness, title = 'Self-service VPN access', tenantId = TENANT) {
  return submitIdea(harness.ideabar, caller(ADA, tenantId), {
    title,
    description: 'Let people fix their own VPN.',
  });
}

const verbsOf = (card: Parameters<typeof actionsOf>[0]) =>
  actionsOf(card)
    .filter((a): a is ExecuteAction => a.type === 'Action.Execute')
    .map((a) => a.verb);

describe('install and uninstall', () => {
  it('stores the personal conversation and welcomes once; uninstall removes it', async () => {
    const harness = new BotHarness();
    const first = await harness.send(installation(ADA, 'add'));
    expect(first.cards).toHaveLength(1);
    expectValidCard(first.cards[0]);
    expect(textOf(first.cards[0]!)).toContain('Welcome to IdeaBar');
    const stored = await harness.store.conversations.find(TENANT, conversationKeys.personal(ADA.aadObjectId));
    expect(stored).toMatchObject({
      kind: 'personal',
      userId: ADA.aadObjectId,
      conversationId: 'a:personal-aad-ada',
    });
    expect(JSON.parse(stored!.reference)).toMatchObject({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: TENANT,
    });

    // Teams also sends conversationUpdate for the same install: no second welcome.
    expect((await harness.send(botAdded(ADA, 'personal'))).cards).toHaveLength(0);

    await harness.send(installation(ADA, 'remove'));
    expect(
      await harness.store.conversations.find(TENANT, conversationKeys.personal(ADA.aadObjectId)),
    ).toBeUndefined();
  });

  it('a person’s new chat with the bot (a reinstall, a new Playground run) is welcomed; the same chat is not', async () => {
    const harness = new BotHarness();
    expect((await harness.send(installation(ADA, 'add'))).cards).toHaveLength(1);
    expect((await harness.send(installation(ADA, 'add'))).cards).toHaveLength(0);
    const newChat = installation(ADA, 'add');
    newChat.conversation = { ...newChat.conversation!, id: 'a:personal-aad-ada-second' };
    const welcomed = await harness.send(newChat);
    expect(welcomed.cards).toHaveLength(1);
    expect(textOf(welcomed.cards[0]!)).toContain('Welcome to IdeaBar');
    // The reference follows the new chat, so what the bot sends later arrives where the person is.
    const stored = await harness.store.conversations.find(TENANT, conversationKeys.personal(ADA.aadObjectId));
    expect(stored?.conversationId).toBe('a:personal-aad-ada-second');
  });

  it('in a team: opens the team’s board and makes the channel its board channel', async () => {
    const harness = new BotHarness();
    const result = await harness.send(botAdded(ADA, 'channel'));
    expect(textOf(result.cards[0]!)).toContain('posted in this channel');
    expect(await harness.ideabar.repos.boards.find(TENANT, TEAM.id)).toMatchObject({
      name: TEAM.name,
      teamId: TEAM.id,
    });
    const board = await harness.store.conversations.find(TENANT, conversationKeys.board(TEAM.id));
    // The channel itself, not the thread the event came in.
    expect(board).toMatchObject({ kind: 'board', boardId: TEAM.id, conversationId: TEAM.id });
    await harness.send(installation(ADA, 'remove', 'channel'));
    expect(await harness.store.conversations.find(TENANT, conversationKeys.board(TEAM.id))).toBeUndefined();
  });

  it('in a group chat: stored by its conversation id, welcomed once', async () => {
    const harness = new BotHarness();
    const added = await harness.send(botAdded(ADA, 'groupChat'));
    expect(textOf(added.cards[0]!)).toContain('Anyone here can bring an idea');
    const stored = await harness.store.conversations.find(
      TENANT,
      conversationKeys.other('19:group-chat@thread.v2'),
    );
    expect(stored).toMatchObject({ kind: 'groupChat', boardId: null });
    expect((await harness.send(message(GRACE, 'help', 'groupChat'))).cards).toHaveLength(1);
  });

  it('the first message from someone new also stores the conversation and welcomes them', async () => {
    const harness = new BotHarness();
    const result = await harness.send(message(GRACE, 'help'));
    expect(result.cards.map((card) => textOf(card))).toEqual([
      expect.stringContaining('Welcome to IdeaBar'),
      expect.stringContaining('Here is what I can do'),
    ]);
    expect((await harness.send(message(GRACE, 'help'))).cards).toHaveLength(1);
  });
});

describe('commands', () => {
  it('new idea opens the form with the API’s fields and limits', async () => {
    const harness = new BotHarness();
    const { cards } = await harness.send(message(ADA, 'New Idea'));
    const form = cards.at(-1)!;
    expectValidCard(form);
    const inputs = form.body.filter((e): e is InputText => e.type === 'Input.Text');
    expect(inputs.map((i) => [i.id, i.maxLength, i.isRequired ?? false])).toEqual([
      ['title', 120, true],
      ['description', 4_000, true],
      ['category', 60, false],
      ['tags', 160, false],
    ]);
    expect(verbsOf(form)).toEqual(['submitIdea', 'checkSimilarIdeas']);
  });

  it('in a channel, with the @mention, the form goes to the team’s board', async () => {
    const harness = new BotHarness();
    const { cards } = await harness.send(message(ADA, 'new idea', 'channel'));
    const submit = actionsOf(cards.at(-1)!).find((a): a is ExecuteAction => a.type === 'Action.Execute');
    expect(submit?.data).toEqual({ boardId: TEAM.id });
  });

  it('top and trending list the board’s open ideas, each with a vote button, and count the rest', async () => {
    const harness = new BotHarness();
    await harness.send(message(ADA, 'hi'));
    await harness.send(message(GRACE, 'hi'));
    await harness.ideabar.itDirectory.addItMember(caller(GRACE));
    const fewer = await withIdea(harness, 'Fewer meetings');
    const popular = await withIdea(harness, 'Better Wi-Fi');
    const done = await withIdea(harness, 'Delivered long ago');
    for (let n = 0; n < 6; n += 1) await withIdea(harness, `Idea number ${n}`);
    await harness.send(cardAction(GRACE, 'vote', { ideaId: popular.id }));
    await harness.send(cardAction(ADA, 'vote', { ideaId: popular.id }));
    await harness.send(cardAction(GRACE, 'vote', { ideaId: fewer.id }));
    await harness.send(cardAction(ADA, 'vote', { ideaId: done.id }));
    await harness.send(cardAction(GRACE, 'vote', { ideaId: done.id }));
    await changeStatus(harness.ideabar, caller(GRACE), done.id, {
      status: 'in_progress',
      response: 'Building.',
    });
    await changeStatus(harness.ideabar, caller(GRACE), done.id, { status: 'delivered', response: 'Live.' });

    // Every idea comes with its author's (Ada's) vote: Grace, who voted for two of them, asks.
    const top = (await harness.send(message(GRACE, 'top'))).cards[0]!;
    expectValidCard(top);
    const text = textOf(top);
    expect(text).toContain('Top open ideas');
    // Finished work is the board's to show: the delivered idea, though it has the most votes, is not here.
    expect(text).not.toContain('Delivered long ago');
    expect(text.indexOf('Better Wi-Fi')).toBeLessThan(text.indexOf('Fewer meetings'));
    expect(text).toContain('…and 3 more open ideas on the board.');
    expect(bodyActionsOf(top)).toHaveLength(5);
    // Grace asked in her personal chat: her view, so the idea she voted for offers to withdraw it.
    expect(bodyActionsOf(top)[0]).toMatchObject({
      verb: 'withdrawVote',
      data: { ideaId: popular.id, from: 'top' },
    });
    expect(bodyActionsOf(top)[2]).toMatchObject({ verb: 'vote' });
    expect(top.refresh?.userIds).toEqual([GRACE.teamsId]);
    expect(textOf((await harness.send(message(ADA, 'trending'))).cards[0]!)).toContain('Trending open ideas');
  });

  it('a vote from the list answers the list with the vote in, and edits no shared card', async () => {
    const harness = new BotHarness();
    await harness.send(botAdded(ADA, 'channel'));
    const idea = await submitIdea(harness.ideabar, caller(ADA), {
      boardId: TEAM.id,
      title: 'Better Wi-Fi',
      description: 'In every meeting room.',
    });
    const result = await harness.send(cardAction(GRACE, 'vote', { ideaId: idea.id, from: 'top' }, 'channel'));
    const list = invokeCard(result);
    expectValidCard(list);
    expect(textOf(list)).toContain('Your vote is in.');
    // Ada's own vote came with her idea.
    expect(textOf(list)).toContain('2 votes · ✓ you voted');
    expect(bodyActionsOf(list)[0]).toMatchObject({ verb: 'withdrawVote', data: { ideaId: idea.id } });
    const withdrawn = invokeCard(
      await harness.send(cardAction(GRACE, 'withdrawVote', { ideaId: idea.id, from: 'top' }, 'channel')),
    );
    expect(textOf(withdrawn)).toContain('1 vote');
    // The list is not the idea's card: it is never edited into one. (The idea's own card in the channel follows the
    // votes, as it would for votes in the tab; back at one vote, it needs no edit.)
    await harness.runtime.flush();
    const edits = harness.recorded.calls.filter((c) => c.kind === 'update');
    expect(edits.map((edit) => edit.activityId)).not.toContain('card-message-1');
  });

  it('my ideas: each of the person’s ideas with its status and IT’s latest answer', async () => {
    const harness = new BotHarness();
    await harness.ideabar.itDirectory.addItMember(caller(GRACE));
    const answered = await withIdea(harness, 'Better Wi-Fi');
    await withIdea(harness, 'Fewer meetings');
    await submitIdea(harness.ideabar, caller(GRACE), {
      title: 'Not Ada’s idea',
      description: 'Someone else’s.',
    });
    await changeStatus(harness.ideabar, caller(GRACE), answered.id, {
      status: 'planned',
      response: 'Planned for the spring.',
    });
    const card = (await harness.send(message(ADA, 'my ideas'))).cards.at(-1)!;
    expectValidCard(card);
    const text = textOf(card);
    expect(text).toContain('Your ideas');
    expect(text).toContain('**Planned**');
    expect(text).toContain('No answer from IT yet.');
    expect(plainTexts(card)).toEqual(
      expect.arrayContaining(['Better Wi-Fi', 'Fewer meetings', 'Grace Hopper: ', 'Planned for the spring.']),
    );
    expect(plainTexts(card)).not.toContain('Not Ada’s idea');
  });

  it('help lists what works here: no digest in a personal chat; in a channel, digest for IT members', async () => {
    const harness = new BotHarness();
    const personal = textOf((await harness.send(message(ADA, 'help'))).cards.at(-1)!);
    expect(personal).toContain('**my ideas**');
    expect(personal).not.toContain('digest');
    expect(textOf((await harness.send(message(ADA, 'help', 'channel'))).cards.at(-1)!)).not.toContain(
      'digest',
    );
    await harness.ideabar.itDirectory.addItMember(caller(ADA));
    expect(textOf((await harness.send(message(ADA, 'help', 'channel'))).cards.at(-1)!)).toContain(
      '**digest weekly**',
    );
  });

  it('welcome and help buttons answer with the list, the person’s ideas or the form', async () => {
    const harness = new BotHarness();
    await withIdea(harness, 'Better Wi-Fi');
    const top = invokeCard(await harness.send(cardAction(GRACE, 'showIdeas', { list: 'top' })));
    expect(textOf(top)).toContain('Better Wi-Fi');
    const mine = invokeCard(await harness.send(cardAction(ADA, 'showIdeas', { list: 'mine' })));
    expect(plainTexts(mine)).toContain('Better Wi-Fi');
    const form = invokeCard(await harness.send(cardAction(ADA, 'openNewIdeaForm', {})));
    expect(verbsOf(form)).toEqual(['submitIdea', 'checkSimilarIdeas']);
  });

  it('unknown text gets help that quotes it as text', async () => {
    const harness = new BotHarness();
    await harness.send(message(ADA, 'hello'));
    const { cards } = await harness.send(message(ADA, 'make **coffee** [free](https://x)'));
    expect(cards).toHaveLength(1);
    const text = textOf(cards[0]!);
    expect(text).toContain('I didn');
    expect(text).toContain('\\\\*\\\\*coffee');
    expect(text).not.toContain('[free](');
  });

  it('digest weekly / monthly / off sets the team board’s digest schedule, for IT members only', async () => {
    const harness = new BotHarness();
    await harness.send(botAdded(ADA, 'channel'));
    await harness.ideabar.itDirectory.addItMember({
      tenantId: TENANT,
      userId: 'aad-alex',
      name: 'Alex Wilber',
    });
    const refused = await harness.send(message(GRACE, 'digest monthly', 'channel'));
    // What was refused, and who can help, by name: not a bare "that didn't work".
    expect(textOf(refused.cards.at(-1)!)).toContain('Only IT members');
    expect(textOf(refused.cards.at(-1)!)).not.toContain('That didn’t work');
    expect(plainTexts(refused.cards.at(-1)!)).toContain('Alex Wilber');
    expect((await harness.ideabar.repos.boards.find(TENANT, TEAM.id))?.digestSchedule).toBe('0 9 * * 1');

    await harness.ideabar.itDirectory.addItMember(caller(ADA));
    const { cards } = await harness.send(message(ADA, 'digest monthly', 'channel'));
    expect(textOf(cards[0]!)).toContain('a monthly digest');
    expect((await harness.ideabar.repos.boards.find(TENANT, TEAM.id))?.digestSchedule).toBe('0 9 1 * *');
    await harness.send(message(ADA, 'digest off', 'channel'));
    expect((await harness.ideabar.repos.boards.find(TENANT, TEAM.id))?.digestSchedule).toBeNull();
    const personal = await harness.send(message(ADA, 'digest weekly'));
    expect(textOf(personal.cards.at(-1)!)).toContain('channel of the team');
  });
});

describe('verbs', () => {
  it('vote, repeated vote and withdraw answer the clicker’s own view with the count', async () => {
    const harness = new BotHarness();
    const idea = await withIdea(harness);
    const voted = invokeCard(await harness.send(cardAction(GRACE, 'vote', { ideaId: idea.id })));
    expectValidCard(voted);
    // Ada's own vote came with her idea.
    expect(textOf(voted)).toContain('2 votes');
    expect(textOf(voted)).toContain('You voted for this idea');
    expect(verbsOf(voted)).toEqual(['withdrawVote', 'comment', 'follow']);
    expect(voted.refresh?.userIds).toEqual([GRACE.teamsId]);

    const again = invokeCard(await harness.send(cardAction(GRACE, 'vote', { ideaId: idea.id })));
    expect(textOf(again)).toContain('2 votes');

    const withdrawn = invokeCard(await harness.send(cardAction(GRACE, 'withdrawVote', { ideaId: idea.id })));
    expect(textOf(withdrawn)).toContain('1 vote');
    expect(textOf(withdrawn)).not.toContain('You voted');
    expect(verbsOf(withdrawn)).toEqual(['vote', 'comment']);
    await harness.ideabar.votes.settled(TENANT, idea.id);
    expect((await harness.ideabar.repos.ideas.find(TENANT, idea.id))?.value.votes).toBe(1);
  });

  it('a vote on a missing idea, or another tenant’s, answers an error card, not a crash', async () => {
    const harness = new BotHarness();
    const theirs = await withIdea(harness, 'Their idea', OTHER_TENANT);
    for (const ideaId of ['01JDNOPE0000000000000000000', theirs.id]) {
      const result = await harness.send(cardAction(GRACE, 'vote', { ideaId }));
      expect(result.invoke?.status).toBe(200);
      const card = invokeCard(result);
      expectValidCard(card);
      expect(textOf(card)).toContain('That didn’t work');
      expect(textOf(card)).toContain('The idea was not found');
    }
    expect((await harness.ideabar.repos.votes.findTally(OTHER_TENANT, theirs.id))?.value.count).toBe(1);
    expect(harness.faults).toEqual([]);
  });

  it('a vote on a duplicate says, in core’s words, where it was merged, and offers a vote for that one', async () => {
    const harness = new BotHarness();
    await harness.ideabar.itDirectory.addItMember(caller(ADA));
    const target = await withIdea(harness, 'Better Wi-Fi');
    const duplicate = await withIdea(harness, 'Faster Wi-Fi');
    await mergeIdea(harness.ideabar, caller(ADA), duplicate.id, { into: target.id, response: 'Same idea.' });
    const card = invokeCard(await harness.send(cardAction(GRACE, 'vote', { ideaId: duplicate.id })));
    expectValidCard(card);
    expect(textOf(card)).toContain('This idea takes no more votes');
    expect(textOf(card)).toContain(target.id);
    expect(plainTexts(card)).toContain('Better Wi-Fi');
    const instead = actionsOf(card).find((a): a is ExecuteAction => a.type === 'Action.Execute');
    expect(instead).toMatchObject({ verb: 'vote', data: { ideaId: target.id, from: 'merged' } });
    expect(textOf(invokeCard(await harness.send(cardAction(GRACE, 'vote', instead!.data))))).toContain(
      'You voted for this idea',
    );
    // In a channel, the card that carried the refusal is the duplicate's: it is not edited into the other idea.
    await harness.send(cardAction(ADA, 'vote', instead!.data, 'channel', { replyToId: 'duplicate-card' }));
    await harness.runtime.flush();
    expect(harness.recorded.calls.filter((c) => c.kind === 'update')).toEqual([]);
    expect(harness.faults).toEqual([]);
  });

  it('an unknown verb or a malformed payload answers an error card', async () => {
    const harness = new BotHarness();
    expect(textOf(invokeCard(await harness.send(cardAction(ADA, 'deleteEverything', {}))))).toContain(
      'not one IdeaBar knows',
    );
    expect(textOf(invokeCard(await harness.send(cardAction(ADA, 'vote', { ideaId: 'a/b' }))))).toContain(
      'cannot read',
    );
  });

  it('a fault inside a verb is logged and shown as an apology, never its message', async () => {
    const harness = new BotHarness();
    const idea = await withIdea(harness);
    harness.ideabar.repos.votes.commitVotes = async () => {
      throw new Error('secret connection string leaked');
    };
    const card = invokeCard(await harness.send(cardAction(GRACE, 'vote', { ideaId: idea.id })));
    expect(textOf(card)).toContain('Something went wrong on our side');
    expect(textOf(card)).not.toContain('secret');
    expect(harness.faults).toHaveLength(1);
  });

  it('the shared card is edited for everyone, with clicks coalesced into one edit', async () => {
    const harness = new BotHarness({ settings: { cardUpdateIntervalMs: 200 } });
    const idea = await withIdea(harness);
    for (const person of [ADA, GRACE]) {
      await harness.send(
        cardAction(person, 'vote', { ideaId: idea.id }, 'channel', { replyToId: 'shared-1' }),
      );
    }
    await harness.runtime.flush();
    const edits = harness.recorded.calls.filter((c) => c.kind === 'update');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.activityId).toBe('shared-1');
    const shared = edits[0]!.activity.attachments![0]!.content;
    expectValidCard(shared);
    expect(textOf(shared)).toContain('2 votes');
    expect(textOf(shared)).not.toContain('You voted');
    expect(shared.refresh?.userIds.sort()).toEqual([ADA.teamsId, GRACE.teamsId].sort());
  });

  it('edits to one shared card are at least the interval apart, and show the latest count', async () => {
    const harness = new BotHarness({ settings: { cardUpdateIntervalMs: 400 } });
    const idea = await withIdea(harness);
    const click = (person: typeof ADA, verb: 'vote' | 'withdrawVote') =>
      harness.send(cardAction(person, verb, { ideaId: idea.id }, 'channel', { replyToId: 'shared-2' }));
    await click(ADA, 'vote');
    await vi.waitFor(() => expect(harness.recorded.calls).toHaveLength(1), { timeout: 2_000 });
    await click(GRACE, 'vote');
    await click(GRACE, 'withdrawVote');
    await click(GRACE, 'vote');
    await vi.waitFor(() => expect(harness.recorded.calls).toHaveLength(2), { timeout: 2_000 });
    const [first, second] = harness.recorded.calls;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(390);
    expect(textOf(second!.activity.attachments![0]!.content)).toContain('2 votes');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.recorded.calls).toHaveLength(2);
  });

  it('follow and unfollow, offered to voters', async () => {
    const harness = new BotHarness();
    const idea = await withIdea(harness);
    await harness.send(cardAction(GRACE, 'vote', { ideaId: idea.id }));
    const following = invokeCard(await harness.send(cardAction(GRACE, 'follow', { ideaId: idea.id })));
    expect(verbsOf(following)).toContain('unfollow');
    expect(await harness.store.followers.list(TENANT, idea.id)).toEqual([GRACE.aadObjectId]);
    await harness.send(cardAction(GRACE, 'unfollow', { ideaId: idea.id }));
    expect(await harness.store.followers.list(TENANT, idea.id)).toEqual([]);
  });

  it('comment posts through the use case and counts on the card', async () => {
    const harness = new BotHarness();
    const idea = await withIdea(harness);
    const card = invokeCard(
      await harness.send(cardAction(GRACE, 'comment', { ideaId: idea.id, comment: 'Yes please' })),
    );
    expect(textOf(card)).toContain('1 comment');
    const empty = invokeCard(
      await harness.send(cardAction(GRACE, 'comment', { ideaId: idea.id, comment: '  ' })),
    );
    expect(textOf(empty)).toContain('Enter a comment');
  });

  it('refresh answers the person’s own view', async () => {
    const harness = new BotHarness();
    const idea = await withIdea(harness);
    await harness.send(cardAction(GRACE, 'vote', { ideaId: idea.id }));
    expect(
      textOf(invokeCard(await harness.send(cardAction(GRACE, 'refreshIdea', { ideaId: idea.id })))),
    ).toContain('You voted');
    await harness.send(cardAction(ADA, 'withdrawVote', { ideaId: idea.id }));
    expect(
      textOf(invokeCard(await harness.send(cardAction(ADA, 'refreshIdea', { ideaId: idea.id })))),
    ).not.toContain('You voted');
  });

  it('submitIdea: field errors come back on the form, text kept; success shows the idea card', async () => {
    const harness = new BotHarness();
    const bad = invokeCard(
      await harness.send(cardAction(ADA, 'submitIdea', { title: 'ab', description: 'Kept text' })),
    );
    expectValidCard(bad);
    const inputs = bad.body.filter((e): e is InputText => e.type === 'Input.Text');
    expect(inputs.find((i) => i.id === 'description')?.value).toBe('Kept text');
    expect(textOf(bad)).toContain('Use at least 3 characters.');

    const good = invokeCard(
      await harness.send(
        cardAction(ADA, 'submitIdea', {
          title: 'Dark mode',
          description: 'Please',
          category: 'UI',
          tags: 'a, b',
        }),
      ),
    );
    expect(textOf(good)).toContain('Dark mode');
    expect(textOf(good)).toContain('Your idea is on the board');
    const [stored] = await harness.ideabar.repos.ideas.listBoard(TENANT, 'default');
    expect(stored).toMatchObject({ title: 'Dark mode', category: 'UI', tags: ['a', 'b'] });
  });

  it('a new idea is posted once in its board’s channel', async () => {
    const harness = new BotHarness();
    await harness.send(botAdded(ADA, 'channel'));
    await harness.send(
      cardAction(GRACE, 'submitIdea', { title: 'Team idea', description: 'For the team', boardId: TEAM.id }),
    );
    await vi.waitFor(() => expect(harness.recorded.calls.some((c) => c.kind === 'send')).toBe(true));
    const posts = harness.recorded.calls.filter((c) => c.kind === 'send');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.target).toMatchObject({ conversationId: TEAM.id, tenantId: TENANT });
    expect(textOf(posts[0]!.activity.attachments![0]!.content)).toContain('Team idea');
  });

  it('a form opened by a welcome’s button in a channel never turns the welcome into the idea’s card', async () => {
    const harness = new BotHarness();
    await harness.send(botAdded(ADA, 'channel'));
    const opened = { replyToId: 'welcome-1' };
    const form = invokeCard(await harness.send(cardAction(GRACE, 'openNewIdeaForm', {}, 'channel', opened)));
    const submit = actionsOf(form).find((a): a is ExecuteAction => a.type === 'Action.Execute');
    expect(submit?.data).toEqual({ boardId: TEAM.id, overCard: 'yes' });
    const done = invokeCard(
      await harness.send(
        cardAction(
          GRACE,
          'submitIdea',
          { ...submit!.data, title: 'Team idea', description: 'For the team' },
          'channel',
          opened,
        ),
      ),
    );
    expect(textOf(done)).toContain('Your idea is on the board');
    // The idea is posted to the board's channel as a card of its own; the welcome stays the welcome.
    await vi.waitFor(() => expect(harness.recorded.calls.some((c) => c.kind === 'send')).toBe(true));
    await harness.runtime.flush();
    expect(harness.recorded.calls.filter((c) => c.kind === 'update')).toEqual([]);
    expect(harness.recorded.calls.filter((c) => c.kind === 'send')).toHaveLength(1);
  });

  it('a client without Universal Actions gets the same verb through a plain submit', async () => {
    const harness = new BotHarness();
    await harness.send(message(GRACE, 'hi'));
    const idea = await withIdea(harness);
    const result = await harness.send(submitted(GRACE, { verb: 'vote', ideaId: idea.id }));
    expect(result.updates).toHaveLength(1);
    expect(textOf(result.updates[0]!.attachments![0]!.content)).toContain('You voted');
    await harness.ideabar.votes.settled(TENANT, idea.id);
    expect((await harness.ideabar.repos.ideas.find(TENANT, idea.id))?.value.votes).toBe(2);
  });
});

describe('clients without Universal Actions, in a channel', () => {
  it('a plain-submit vote edits the shared card for everyone and posts no personal view', async () => {
    const harness = new BotHarness({ settings: { cardUpdateIntervalMs: 20 } });
    await harness.send(botAdded(ADA, 'channel'));
    const idea = await withIdea(harness);
    const result = await harness.send(submitted(GRACE, { verb: 'vote', ideaId: idea.id }, 'channel'));
    expect(result.cards).toHaveLength(0);
    expect(result.updates).toHaveLength(0);
    await harness.runtime.flush();
    const edit = harness.recorded.calls.find((c) => c.kind === 'update')!;
    expect(edit.activityId).toBe('card-message-1');
    expect(textOf(edit.activity.attachments![0]!.content)).toContain('2 votes');
    expect(textOf(edit.activity.attachments![0]!.content)).not.toContain('You voted');
  });
});

describe('Send to IdeaBar (message action)', () => {
  it('opens the form filled in from the message', async () => {
    const harness = new BotHarness();
    const result = await harness.send(
      messageAction(ADA, 'fetchTask', {
        messagePayload: {
          body: { contentType: 'html', content: '<p>Shared printers &amp; scanners</p><p>Every floor</p>' },
        },
      }),
    );
    const task = (result.invoke?.body as { task: { value: { card: { content: unknown } } } }).task;
    const card = task.value.card.content;
    expectValidCard(card);
    const inputs = card.body.filter((e): e is InputText => e.type === 'Input.Text');
    expect(inputs.find((i) => i.id === 'title')?.value).toBe('Shared printers & scanners');
    expect(inputs.find((i) => i.id === 'description')?.value).toBe('Shared printers & scanners\nEvery floor');
    expect(card.actions?.[0]?.type).toBe('Action.Submit');
  });

  it('submits the idea, or keeps the dialog open with field errors', async () => {
    const harness = new BotHarness();
    const bad = await harness.send(
      messageAction(ADA, 'submitAction', { data: { verb: 'submitIdea', title: 'x' } }),
    );
    expect((bad.invoke?.body as { task: { type: string } }).task.type).toBe('continue');
    const good = await harness.send(
      messageAction(ADA, 'submitAction', {
        data: { verb: 'submitIdea', title: 'Printers', description: 'More' },
      }),
    );
    expect((good.invoke?.body as { task: { type: string } }).task).toEqual({
      type: 'message',
      value: expect.stringContaining('Sent'),
    });
    // Sent from a team's channel: the idea goes to that team's board, opened on first use.
    const ideas = await harness.ideabar.repos.ideas.listBoard(TENANT, TEAM.id);
    expect(ideas.map((idea) => idea.title)).toEqual(['Printers']);
  });
});
