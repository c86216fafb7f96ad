import { describe, expect, it } from 'vitest';
import {
  castVote,
  changeStatus,
  DEFAULT_BOARD_ID,
  openTeamBoard,
  submitIdea,
  translatorFor,
  type Caller,
} from '../../../core/src/index.js';
import type { AdaptiveCard, ExecuteAction } from '../../../bot/src/cards/adaptiveCard.js';
import { ideaLink } from '../../../bot/src/cards/ideaLink.js';
import { ideaIdInLink } from '../../../bot/src/turns/messageExtensions/ideaLinks.js';
import {
  ADA,
  cardAction,
  GRACE,
  linkQuery,
  message,
  OTHER_TENANT,
  searchQuery,
  TEAM,
  TENANT,
  type Person,
} from '../support/activities.js';
import { BotHarness, invokeCard, TEST_SETTINGS, textOf, type TurnResult } from '../support/botHarness.js';
import { actionsOf, expectValidCard, MAX_CARD_BYTES } from '../support/cardValidation.js';

const callerOf = (person: Person, tenantId = TENANT): Caller => ({
  tenantId,
  userId: person.aadObjectId,
  name: person.name,
});

interface Result {
  contentType: string;
  content: AdaptiveCard;
  preview: { contentType: string; content: { title: string; subtitle: string; text: string } };
}
type Answer =
  { type: 'result'; attachmentLayout: string; attachments: Result[] } | { type: 'message'; text: string };

function answerOf(turn: TurnResult): Answer {
  expect(turn.invoke?.status).toBe(200);
  return (turn.invoke?.body as { composeExtension: Answer }).composeExtension;
}

function resultsOf(turn: TurnResult): Result[] {
  const answer = answerOf(turn);
  if (answer.type !== 'result') throw new Error(`expected results, got: ${answer.text}`);
  expect(answer.attachmentLayout).toBe('list');
  return answer.attachments;
}

const titlesOf = (turn: TurnResult) => resultsOf(turn).map((result) => result.preview.content.title);

const executeOf = (card: AdaptiveCard, verb: string) =>
  actionsOf(card).find((a): a is ExecuteAction => a.type === 'Action.Execute' && a.verb === verb);

async function idea(
  harness: BotHarness,
  title: string,
  options: { by?: Person; tenantId?: string; boardId?: string; description?: string } = {},
) {
  return submitIdea(harness.ideabar, callerOf(options.by ?? ADA, options.tenantId), {
    title,
    description: options.description ?? `What ${title.toLowerCase()} would change for everyone.`,
    ...(options.boardId ? { boardId: options.boardId } : {}),
  });
}

async function voteFor(harness: BotHarness, ideaId: string, voters: number) {
  for (let n = 0; n < voters; n++) {
    await castVote(harness.ideabar, { tenantId: TENANT, userId: `voter-${n}`, name: `Voter ${n}` }, ideaId);
  }
}

describe('searching ideas from the compose box (composeExtension/query)', () => {
  it('with nothing typed, offers the board’s top open ideas, each as the card the bot posts with a compact row', async () => {
    const harness = new BotHarness();
    const vpn = await idea(harness, 'Self-service VPN reset');
    const printers = await idea(harness, 'Printers on every floor', { by: GRACE });
    const done = await idea(harness, 'Dark mode for the intranet');
    await voteFor(harness, printers.id, 2);
    await harness.ideabar.itDirectory.addItMember(callerOf(GRACE));
    await changeStatus(harness.ideabar, callerOf(GRACE), done.id, {
      status: 'in_progress',
      response: 'Building.',
    });
    await changeStatus(harness.ideabar, callerOf(GRACE), done.id, { status: 'delivered', response: 'Live.' });

    const turn = await harness.send(searchQuery(ADA, null, 'personal'));
    const results = resultsOf(turn);
    // Open ideas only, best voted first: the delivered one is left out.
    expect(results.map((r) => r.preview.content.title)).toEqual([
      'Printers on every floor',
      'Self-service VPN reset',
    ]);
    const [first] = results;
    const { t } = translatorFor('en');
    expect(first!.preview).toEqual({
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: {
        title: 'Printers on every floor',
        subtitle: t('card.statusAndVotes', { status: t('status.new'), votes: 3 }),
        text: 'What printers on every floor would change for everyone.',
      },
    });
    for (const result of results) {
      expect(result.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expectValidCard(result.content);
      expect(JSON.stringify(result.content).length).toBeLessThan(MAX_CARD_BYTES);
      // Everyone's view, with Vote; the person sharing it gets their own view when their client shows it.
      expect(result.content.refresh?.userIds).toEqual([ADA.teamsId]);
      expect(result.content.refresh?.action.verb).toBe('refreshIdea');
    }
    expect(executeOf(first!.content, 'vote')?.data).toEqual({ ideaId: printers.id });
    expect(textOf(first!.content)).not.toContain('You voted');
    expect(executeOf(results[1]!.content, 'vote')?.data).toEqual({ ideaId: vpn.id });
  });

  it('finds ideas by their words, finished ones too, and says so helpfully when nothing matches', async () => {
    const harness = new BotHarness();
    const vpn = await idea(harness, 'Self-service VPN reset', {
      description: 'Reset your **own** VPN token [here](https://x.example).',
    });
    await idea(harness, 'Printers on every floor');
    // What people typed never becomes a live link or bold in the compact row.
    const [row] = resultsOf(await harness.send(searchQuery(ADA, 'token', 'personal')));
    expect(row!.preview.content.text).toBe(
      'Reset your \\*\\*own\\*\\* VPN token \\[here\\](https:\u200B//x.example).',
    );
    expect(titlesOf(await harness.send(searchQuery(ADA, 'vpn', 'personal')))).toEqual([
      'Self-service VPN reset',
    ]);
    expect(resultsOf(await harness.send(searchQuery(ADA, 'VPN', 'groupChat')))[0]!.content).toMatchObject({
      actions: expect.arrayContaining([expect.objectContaining({ verb: 'vote', data: { ideaId: vpn.id } })]),
    });

    const none = answerOf(await harness.send(searchQuery(ADA, 'quantum coffee', 'personal')));
    expect(none).toEqual({
      type: 'message',
      text: translatorFor('en').t('search.noMatch', { query: 'quantum coffee' }),
    });
    expect(none.type === 'message' && none.text).toContain('new idea');
  });

  it('on an empty board, with nothing typed, says how to bring the first idea', async () => {
    const harness = new BotHarness();
    expect(answerOf(await harness.send(searchQuery(ADA, null, 'personal')))).toEqual({
      type: 'message',
      text: translatorFor('en').t('search.emptyBoard'),
    });
  });

  it('in a team’s channel searches that team’s board; elsewhere the organisation’s', async () => {
    const harness = new BotHarness();
    await idea(harness, 'Team printer');
    // Before anyone opened the team's board, it has no ideas; searching opens nothing.
    expect(answerOf(await harness.send(searchQuery(ADA, null, 'channel')))).toEqual({
      type: 'message',
      text: translatorFor('en').t('search.emptyBoard'),
    });
    await openTeamBoard(harness.ideabar, callerOf(ADA), { teamId: TEAM.id, name: TEAM.name });
    await idea(harness, 'Team laptops', { boardId: TEAM.id });
    expect(titlesOf(await harness.send(searchQuery(ADA, null, 'channel')))).toEqual(['Team laptops']);
    expect(titlesOf(await harness.send(searchQuery(ADA, null, 'groupChat')))).toEqual(['Team printer']);
  });

  it('never shows another organisation’s ideas, nor ideas waiting for approval to anyone but their author', async () => {
    const harness = new BotHarness();
    await idea(harness, 'Laptop refresh');
    await idea(harness, 'Laptop docks for everyone', { tenantId: OTHER_TENANT });
    const { boards } = harness.ideabar.repos;
    const board = await boards.findVersioned(TENANT, DEFAULT_BOARD_ID);
    await boards.save({ ...board!.value, moderation: true }, board!.version);
    await idea(harness, 'Laptop stickers', { by: GRACE });

    expect(titlesOf(await harness.send(searchQuery(ADA, 'laptop', 'personal')))).toEqual(['Laptop refresh']);
    expect(titlesOf(await harness.send(searchQuery(GRACE, 'laptop', 'personal'))).sort()).toEqual([
      'Laptop refresh',
      'Laptop stickers',
    ]);
    expect(
      titlesOf(await harness.send(searchQuery(ADA, 'laptop', 'personal', { tenantId: OTHER_TENANT }))),
    ).toEqual(['Laptop docks for everyone']);
  });

  it('pages as Teams scrolls, 25 at a time, each idea once, then ends', async () => {
    const harness = new BotHarness();
    for (let n = 0; n < 30; n++) await idea(harness, `Idea number ${n}`);
    const first = titlesOf(await harness.send(searchQuery(ADA, null, 'personal', { skip: 0, count: 25 })));
    const second = titlesOf(await harness.send(searchQuery(ADA, null, 'personal', { skip: 25, count: 25 })));
    expect(first).toHaveLength(25);
    expect(second).toHaveLength(5);
    expect(new Set([...first, ...second]).size).toBe(30);
    // Past the end: no more results (not the empty board's sentence).
    expect(answerOf(await harness.send(searchQuery(ADA, null, 'personal', { skip: 50 })))).toEqual({
      type: 'result',
      attachmentLayout: 'list',
      attachments: [],
    });
    // Asking for more than Teams shows still answers 25.
    expect(titlesOf(await harness.send(searchQuery(ADA, 'idea', 'personal', { count: 100 })))).toHaveLength(
      25,
    );
  });

  it('answers in the language of the person searching', async () => {
    const harness = new BotHarness();
    await idea(harness, 'Self-service VPN reset');
    const de = translatorFor('de-DE');
    const [result] = resultsOf(await harness.send(searchQuery(ADA, 'vpn', 'personal', { locale: 'de-DE' })));
    expect(executeOf(result!.content, 'vote')?.title).toBe(de.t('card.vote'));
    expect(result!.preview.content.subtitle).toBe(
      de.t('card.statusAndVotes', { status: de.t('status.new'), votes: 1 }),
    );
    expect(answerOf(await harness.send(searchQuery(ADA, 'xyz', 'personal', { locale: 'de-DE' })))).toEqual({
      type: 'message',
      text: de.t('search.noMatch', { query: 'xyz' }),
    });
    const [arabic] = resultsOf(await harness.send(searchQuery(ADA, 'vpn', 'personal', { locale: 'ar-SA' })));
    expect(arabic!.content.rtl).toBe(true);
  });

  it('refuses a malformed search with a sentence and changes nothing; another command gets no results', async () => {
    const harness = new BotHarness();
    await idea(harness, 'Self-service VPN reset');
    const malformed = searchQuery(ADA, 'vpn', 'personal');
    (malformed.value as Record<string, unknown>).queryOptions = { skip: -3 };
    const refused = answerOf(await harness.send(malformed));
    expect(refused.type).toBe('message');
    expect(harness.faults).toEqual([]);
    expect(
      answerOf(await harness.send(searchQuery(ADA, 'vpn', 'personal', { commandId: 'somethingElse' }))),
    ).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });

  it('the shared card’s Vote counts the vote of whoever clicks it', async () => {
    const harness = new BotHarness();
    const vpn = await idea(harness, 'Self-service VPN reset');
    const [result] = resultsOf(await harness.send(searchQuery(ADA, 'vpn', 'groupChat')));
    const vote = executeOf(result!.content, 'vote')!;
    const voted = invokeCard(await harness.send(cardAction(GRACE, vote.verb, vote.data, 'groupChat')));
    expect(textOf(voted)).toContain('You voted for this idea');
    expect((await harness.ideabar.repos.ideas.find(TENANT, vpn.id))?.value.votes).toBe(2);
  });
});

describe('a picked card sent in the bot’s own chat', () => {
  it('is left unanswered, as it is not a command; words sent with it are still read', async () => {
    const harness = new BotHarness();
    await idea(harness, 'Self-service VPN reset');
    const [result] = resultsOf(await harness.send(searchQuery(ADA, 'vpn', 'personal')));
    const card = { contentType: result!.contentType, content: result!.content };
    await harness.send(message(ADA, 'hi')); // the welcome, on first contact
    const placeholder =
      '<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension"><span itemprop="cardId">0</span></span>';
    const shared = await harness.send({ ...message(ADA, placeholder), attachments: [card] });
    expect(shared.replies).toEqual([]);
    const withWords = await harness.send({ ...message(ADA, `top ${placeholder}`), attachments: [card] });
    expect(withWords.cards).toHaveLength(1);
    expect(textOf(withWords.cards[0]!)).not.toContain('Self-service VPN reset would');
  });
});

describe('unfurling IdeaBar links (composeExtension/queryLink)', () => {
  const tabLink = (ideaId: string, boardId = DEFAULT_BOARD_ID) =>
    `${TEST_SETTINGS.tabUrl}?boardId=${boardId}&idea=${encodeURIComponent(ideaId)}`;
  const deepLink = (ideaId: string) => ideaLink(TEST_SETTINGS, ideaId, DEFAULT_BOARD_ID);

  it('a tab link or a Teams deep link to an idea shows the idea’s card', async () => {
    const harness = new BotHarness();
    const vpn = await idea(harness, 'Self-service VPN reset');
    expect(deepLink(vpn.id)).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
    for (const link of [tabLink(vpn.id), deepLink(vpn.id)]) {
      const [result, ...more] = resultsOf(await harness.send(linkQuery(GRACE, link)));
      expect(more).toEqual([]);
      expectValidCard(result!.content);
      expect(executeOf(result!.content, 'vote')?.data).toEqual({ ideaId: vpn.id });
      expect(result!.content.refresh?.userIds).toEqual([GRACE.teamsId]);
      expect(result!.preview.content.title).toBe('Self-service VPN reset');
    }
  });

  it('unknown ids, another organisation’s ideas, hidden ideas and other links unfurl to nothing alike', async () => {
    const harness = new BotHarness();
    const theirs = await idea(harness, 'Their idea', { tenantId: OTHER_TENANT });
    await idea(harness, 'Opens the board');
    const { boards } = harness.ideabar.repos;
    const board = await boards.findVersioned(TENANT, DEFAULT_BOARD_ID);
    await boards.save({ ...board!.value, moderation: true }, board!.version);
    const hidden = await idea(harness, 'Waiting for approval', { by: GRACE });
    const nothing = { type: 'result', attachmentLayout: 'list', attachments: [] };
    for (const link of [
      tabLink(theirs.id),
      deepLink(theirs.id),
      tabLink('no-such-idea'),
      tabLink(hidden.id),
      'https://teams.microsoft.com/l/entity/another-app/board?context=%7B%22subEntityId%22%3A%22x%22%7D',
      'https://elsewhere.example/?idea=x',
      'not a link',
    ]) {
      expect(answerOf(await harness.send(linkQuery(ADA, link))), link).toEqual(nothing);
    }
    expect(harness.faults).toEqual([]);
    // Its author, who may see it, gets its card.
    expect(resultsOf(await harness.send(linkQuery(GRACE, tabLink(hidden.id))))).toHaveLength(1);
  });

  it('answers in the language of the person pasting the link', async () => {
    const harness = new BotHarness();
    const vpn = await idea(harness, 'Self-service VPN reset');
    const [result] = resultsOf(
      await harness.send(linkQuery(ADA, tabLink(vpn.id), 'groupChat', { locale: 'ja-JP' })),
    );
    expect(executeOf(result!.content, 'vote')?.title).toBe(translatorFor('ja').t('card.vote'));
  });
});

describe('which links are IdeaBar’s', () => {
  const settings = { ...TEST_SETTINGS, teamsPublishedAppId: 'published-app-id' };
  const context = (subEntityId: unknown) => encodeURIComponent(JSON.stringify({ subEntityId }));

  it('reads the idea from the tab’s own address, and from deep links of either of the app’s ids', () => {
    expect(ideaIdInLink(settings, 'http://localhost:7071/?idea=idea-1&boardId=default')).toBe('idea-1');
    expect(ideaIdInLink(settings, 'http://localhost:7071/?page=board&idea=idea-2')).toBe('idea-2');
    expect(ideaIdInLink(settings, ideaLink(settings, 'idea-3', 'default'))).toBe('idea-3');
    const manifestLink = `https://teams.microsoft.com/l/entity/${TEST_SETTINGS.teamsAppId}/tab-instance?context=${context('idea-4')}`;
    expect(ideaIdInLink(settings, manifestLink)).toBe('idea-4');
  });

  it('takes nothing else for an idea', () => {
    for (const link of [
      'http://localhost:7071/',
      'http://localhost:7071/?idea=',
      'http://localhost:7071/?idea=has%20a%20space',
      'http://localhost:8080/?idea=idea-1',
      'https://teams.microsoft.com/l/entity/other-app/board?context=' + context('idea-1'),
      'https://teams.microsoft.com/l/entity/published-app-id/board?context=' + context(42),
      'https://teams.microsoft.com/l/entity/published-app-id/board?context=not-json',
      'https://teams.microsoft.com/l/chat/0/0?users=someone',
      'javascript:alert(1)',
      'not a link',
    ]) {
      expect(ideaIdInLink(settings, link), link).toBeNull();
    }
  });
});
