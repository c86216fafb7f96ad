import { describe, expect, it } from 'vitest';
import { storedCycle } from '../../support/storedCycles.js';
import {
  changeStatus,
  createIdeaBar,
  PSEUDO_CLOSE,
  PSEUDO_LOCALE,
  PSEUDO_OPEN,
  submitIdea,
  type IdeaView,
  type StatusChangedEvent,
} from '../../../core/src/index.js';
import { memoryRepositories } from '@ideabar/core/testing';
import type { AdaptiveCard, CardElement, ExecuteAction } from '../../../bot/src/cards/adaptiveCard.js';
import { cycleAnnouncementCard } from '../../../bot/src/cards/cycleAnnouncementCard.js';
import { cycleResultsCard } from '../../../bot/src/cards/cycleResultsCard.js';
import { digestCard } from '../../../bot/src/cards/digestCard.js';
import { errorCard, refusalCard } from '../../../bot/src/cards/errorCard.js';
import { helpCard } from '../../../bot/src/cards/helpCard.js';
import { ideaCard } from '../../../bot/src/cards/ideaCard.js';
import { ideaListCard } from '../../../bot/src/cards/ideaListCard.js';
import { mergedIdeaCard } from '../../../bot/src/cards/mergedIdeaCard.js';
import { myIdeasCard } from '../../../bot/src/cards/myIdeasCard.js';
import { newIdeaCard } from '../../../bot/src/cards/newIdeaCard.js';
import { responseNudgeCard, type ResponseNudgeInput } from '../../../bot/src/cards/responseNudgeCard.js';
import { statusChangeCard } from '../../../bot/src/cards/statusChangeCard.js';
import { voteRefusedCard } from '../../../bot/src/cards/voteRefusedCard.js';
import { votingDeadlineCard } from '../../../bot/src/cards/votingDeadlineCard.js';
import { welcomeCard } from '../../../bot/src/cards/welcomeCard.js';
import { ADA, cardAction, message, TENANT } from '../support/activities.js';
import { BotHarness, invokeCard, TEST_SETTINGS } from '../support/botHarness.js';
import { actionsOf, bodyActionsOf, expectValidCard } from '../support/cardValidation.js';

const idea: IdeaView = {
  ...(await submitIdea(
    createIdeaBar({ repos: memoryRepositories() }),
    { tenantId: 't', userId: 'aad-ada', name: 'Ada Lovelace' },
    { title: 'Self-service VPN', description: 'Let people renew their VPN access themselves.' },
  )),
  votes: 1234,
  commentCount: 1,
  status: 'planned',
};
const change: StatusChangedEvent = {
  tenantId: 't',
  ideaId: idea.id,
  id: 'c',
  from: 'under_review',
  to: 'planned',
  by: { id: 'it-1', name: 'Nestor Wilke' },
  at: new Date('2026-11-23T10:00:00Z'),
  response: 'We will build it next quarter.',
};
const cycle = storedCycle({
  id: 'cycle-1',
  name: 'Q1 planning',
  submissionOpensAt: new Date('2026-11-01T00:00:00Z'),
  submissionClosesAt: new Date('2026-11-15T00:00:00Z'),
  votingOpensAt: new Date('2026-11-15T00:00:00Z'),
  votingClosesAt: new Date('2026-11-30T00:00:00Z'),
  createdAt: new Date('2026-10-30T00:00:00Z'),
});

const duplicateChange: StatusChangedEvent = { ...change, to: 'duplicate', from: 'new' };
const nudged: ResponseNudgeInput['idea'] = {
  id: idea.id,
  boardId: idea.boardId,
  title: idea.title,
  author: idea.author,
  triage: {
    itPartner: { id: 'it-2', name: 'Alex Wilber' },
    awaitingApproval: true,
  } as ResponseNudgeInput['idea']['triage'],
};

/** Every card, in one language. */
const cardsIn = (locale: string): [string, AdaptiveCard][] => [
  [
    'idea, person',
    ideaCard(TEST_SETTINGS, {
      idea: { ...idea, myVote: true },
      viewer: { kind: 'person', teamsId: '29:ada', following: true },
      refreshFor: [],
      note: 'x',
      answer: { by: change.by, kind: 'appeal', response: 'Please reconsider.' },
      locale,
    }),
  ],
  [
    'idea, merged',
    ideaCard(TEST_SETTINGS, {
      idea: { ...idea, status: 'duplicate' },
      viewer: { kind: 'shared' },
      refreshFor: [],
      mergedInto: { ...idea, id: 'other', title: 'Better VPN' },
      locale,
    }),
  ],
  [
    'idea, merged elsewhere',
    ideaCard(TEST_SETTINGS, {
      idea: { ...idea, status: 'duplicate' },
      viewer: { kind: 'shared' },
      refreshFor: [],
      mergedInto: null,
      locale,
    }),
  ],
  ['status change', statusChangeCard(TEST_SETTINGS, idea, change, 'follower', locale)],
  [
    'status change, first',
    statusChangeCard(TEST_SETTINGS, idea, { ...change, from: null }, 'author', locale),
  ],
  [
    'help',
    helpCard(TEST_SETTINGS, {
      place: 'channel',
      boardId: undefined,
      isItMember: true,
      unknownText: 'dance',
      locale,
    }),
  ],
  ['welcome', welcomeCard(TEST_SETTINGS, 'groupChat', undefined, locale)],
  [
    'top list',
    ideaListCard(TEST_SETTINGS, {
      list: 'top',
      boardId: undefined,
      ideas: [idea, { ...idea, id: 'b', myVote: true }],
      total: 9,
      viewer: 'person',
      refreshFor: [],
      locale,
    }),
  ],
  [
    'empty trending list',
    ideaListCard(TEST_SETTINGS, {
      list: 'trending',
      boardId: undefined,
      ideas: [],
      total: 0,
      viewer: 'shared',
      refreshFor: [],
      locale,
    }),
  ],
  [
    'my ideas',
    myIdeasCard(TEST_SETTINGS, {
      ideas: [
        { idea, answer: null },
        { idea, answer: { by: change.by, kind: 'appeal', response: 'Again' } },
      ],
      total: 8,
      boardId: undefined,
      refreshFor: [],
      locale,
    }),
  ],
  [
    'my ideas, none',
    myIdeasCard(TEST_SETTINGS, { ideas: [], total: 0, boardId: undefined, refreshFor: [], locale }),
  ],
  [
    'vote refused',
    voteRefusedCard(TEST_SETTINGS, {
      message: 'x',
      idea,
      mergedInto: { ...idea, title: 'Better VPN', myVote: true },
      locale,
    }),
  ],
  [
    'vote refused, delivered',
    voteRefusedCard(TEST_SETTINGS, { message: 'x', idea, mergedInto: null, locale }),
  ],
  [
    'cycle results',
    cycleResultsCard(TEST_SETTINGS, {
      cycle,
      boardName: 'Ideas for IT',
      shortlist: [idea],
      ideas: 30,
      locale,
    }),
  ],
  [
    'cycle results, none',
    cycleResultsCard(TEST_SETTINGS, { cycle, boardName: 'Ideas for IT', shortlist: [], ideas: 0, locale }),
  ],
  [
    'new idea, with similar ideas, errors and categories',
    newIdeaCard({
      mode: 'card',
      draft: { title: 'Self-service VPN' },
      categories: ['Security'],
      errors: [
        { field: 'body', message: 'x' },
        { field: 'title', message: 'x' },
      ],
      similar: { ideas: [idea], links: TEST_SETTINGS },
      checkedTitle: 'Self-service VPN',
      locale,
    }),
  ],
  [
    'new idea, dialog, none similar',
    newIdeaCard({ mode: 'dialog', similar: { ideas: [], links: TEST_SETTINGS }, locale }),
  ],
  ['new idea, first', newIdeaCard({ mode: 'card', locale })],
  [
    'digest',
    digestCard(TEST_SETTINGS, {
      boardName: 'Ideas for IT',
      period: 'week',
      top: [idea],
      trending: [],
      locale,
    }),
  ],
  [
    'cycle announcement',
    cycleAnnouncementCard(TEST_SETTINGS, { cycle, boardName: 'Ideas for IT', leading: [idea], locale }),
  ],
  [
    'voting deadline',
    votingDeadlineCard(TEST_SETTINGS, {
      cycle,
      boardName: 'Ideas for IT',
      now: new Date('2026-11-27T00:00:00Z'),
      leading: [idea],
      locale,
    }),
  ],
  [
    'voting deadline, no ideas',
    votingDeadlineCard(TEST_SETTINGS, {
      cycle,
      boardName: 'Ideas for IT',
      now: new Date('2026-11-29T23:00:00Z'),
      leading: [],
      locale,
    }),
  ],
  [
    'merged, author',
    mergedIdeaCard(TEST_SETTINGS, idea, { ...idea, title: 'Better VPN' }, duplicateChange, 'author', locale),
  ],
  [
    'merged, follower',
    mergedIdeaCard(
      TEST_SETTINGS,
      idea,
      { ...idea, title: 'Better VPN' },
      duplicateChange,
      'follower',
      locale,
    ),
  ],
  [
    'response nudge, to the partner',
    responseNudgeCard(TEST_SETTINGS, {
      idea: nudged,
      stage: 'before',
      waitedBusinessDays: 2.5,
      slaBusinessDays: 3,
      audience: 'partner',
      locale,
    }),
  ],
  [
    'response nudge, channel, partner out of reach',
    responseNudgeCard(TEST_SETTINGS, {
      idea: { ...nudged, triage: { ...nudged.triage, awaitingApproval: false } },
      stage: 'after',
      waitedBusinessDays: 4,
      slaBusinessDays: 1,
      audience: 'channel',
      locale,
    }),
  ],
  [
    'response nudge, channel, awaiting approval, no partner',
    responseNudgeCard(TEST_SETTINGS, {
      idea: { ...nudged, triage: { ...nudged.triage, itPartner: null } },
      stage: 'after',
      waitedBusinessDays: 11,
      slaBusinessDays: 2,
      audience: 'channel',
      locale,
    }),
  ],
  ['error', errorCard('x', [], locale)],
  ['refusal', refusalCard('x', ['Alex Wilber', 'Nestor Wilke'], locale)],
  ['refusal, nobody', refusalCard('x', [], locale)],
];

/** Every text a person reads on a card: text blocks, runs, buttons, their tooltips, inputs' labels and errors. */
function shownTexts(card: AdaptiveCard): string[] {
  const texts: string[] = [];
  const walk = (elements: CardElement[]) => {
    for (const element of elements) {
      if (element.type === 'TextBlock') texts.push(element.text);
      else if (element.type === 'RichTextBlock') texts.push(element.inlines.map((run) => run.text).join(''));
      else if (element.type === 'ColumnSet') for (const column of element.columns) walk(column.items);
      else if (element.type === 'Container') walk(element.items);
      else if (element.type === 'Input.Text' || element.type === 'Input.ChoiceSet') {
        texts.push(
          element.label,
          ...(element.errorMessage ? [element.errorMessage] : []),
          ...(element.placeholder ? [element.placeholder] : []),
        );
      }
    }
  };
  walk(card.body);
  for (const action of [...actionsOf(card), ...bodyActionsOf(card)]) {
    texts.push(action.title, ...('tooltip' in action && action.tooltip ? [action.tooltip] : []));
    if (action.type === 'Action.ShowCard') walk(action.card.body);
  }
  if (card.refresh) texts.push(card.refresh.action.title);
  return texts;
}

/** Data the cards above were given (titles, names, what people typed): shown as it is in every language. */
const DATA = [
  idea.title,
  idea.description,
  'Better VPN',
  'Ada Lovelace',
  'Nestor Wilke',
  'Alex Wilber',
  'Please reconsider.',
  'Again',
  'We will build it next quarter.',
  'Q1 planning',
  'Ideas for IT',
  'dance',
];
const CATALOG_TEXT = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'gu');

function outsideCatalog(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(CATALOG_TEXT, ' ');
  }
  for (const value of DATA) rest = rest.split(value).join(' ');
  // The card's own markup and the domain's messages ("x") are not words of the catalog's to check.
  rest = rest.replace(/\[[^\]]*\]\([^)]*\)|\{\{[^}]*\}\}|\bx\b/g, ' ');
  return /\p{L}/u.test(rest) ? rest.trim() : '';
}

describe('cards in the reader’s language', () => {
  it.each(cardsIn(PSEUDO_LOCALE))('%s: every text comes from the catalog (pseudo-locale)', (_, card) => {
    const texts = shownTexts(card);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.map(outsideCatalog).filter(Boolean)).toEqual([]);
  });

  it('finds a card text that bypasses the catalog (the check can fail)', () => {
    expect(outsideCatalog('⟦Ŝĥàŕé⟧ Hard-coded')).toBe('Hard-coded');
  });

  it.each(cardsIn('ar-sa'))('%s in Arabic: right to left, and valid', (_, card) => {
    expect(card.rtl).toBe(true);
    for (const action of actionsOf(card))
      if (action.type === 'Action.ShowCard') expect(action.card.rtl).toBe(true);
    expectValidCard(card);
  });

  it.each(cardsIn('de-de'))('%s in German: left to right, and valid', (_, card) => {
    expect(card.rtl).toBeUndefined();
    expectValidCard(card);
  });

  it('words the notices’ counts and times in German, Arabic and Japanese', () => {
    const german = (name: string) => JSON.stringify(cardsIn('de-de').find(([card]) => card === name)![1]);
    expect(german('response nudge, to the partner')).toContain('seit 2,5 Arbeitstagen');
    expect(german('response nudge, to the partner')).toContain('innerhalb von 3 Arbeitstagen');
    expect(german('voting deadline')).toContain('Die Abstimmung endet in 3 Tagen');
    expect(german('voting deadline, no ideas')).toContain('Die Abstimmung endet in 60 Minuten');
    expect(german('digest')).toContain('Was diese Woche Unterstützung fand.');
    expect(german('new idea, first')).toContain('Eine Idee mit der IT teilen');
    const arabic = JSON.stringify(cardsIn('ar-sa').find(([card]) => card === 'voting deadline')![1]);
    expect(arabic).toContain('يُغلق التصويت خلال');
    const japanese = JSON.stringify(cardsIn('ja-jp').find(([card]) => card === 'merged, author')![1]);
    expect(japanese).toContain('あなたのアイデアが統合されました');
  });

  it('writes counts, statuses and buttons in German and Japanese', () => {
    const german = JSON.stringify(cardsIn('de-de')[0]![1]);
    expect(german).toContain('1.234 Stimmen');
    expect(german).toContain('Geplant');
    expect(german).toContain('Meine Stimme zurückziehen');
    const japanese = JSON.stringify(cardsIn('ja-jp')[0]![1]);
    expect(japanese).toContain('1,234 票');
    expect(japanese).toContain('計画済み');
  });
});

describe('the bot answers each person in the language of their Teams client', () => {
  it('help, to a message in Japanese and to one in French', async () => {
    const harness = new BotHarness();
    // The first message in a chat is also welcomed, in the same language.
    const japanese = await harness.send({ ...message(ADA, 'help'), locale: 'ja-jp' });
    expect(JSON.stringify(japanese.cards)).toContain('IdeaBar へようこそ');
    expect(JSON.stringify(japanese.cards.at(-1))).toContain('できることは次のとおりです');
    const french = await harness.send({ ...message(ADA, 'what?'), locale: 'fr-fr' });
    expect(JSON.stringify(french.cards.at(-1))).toContain('Je n’ai pas compris « what? »');
    expect(french.cards.at(-1)!.rtl).toBeUndefined();
  });

  it('says why core refused a click in the clicker’s language, from the reason core names', async () => {
    const harness = new BotHarness();
    const ada = { tenantId: TENANT, userId: ADA.aadObjectId, name: ADA.name };
    const itDesk = { tenantId: TENANT, userId: 'aad-it', name: 'IT Desk' };
    await harness.ideabar.repos.members.addItMember({ ...itDesk, addedAt: new Date() });
    const shipped = await submitIdea(harness.ideabar, ada, { title: 'Self-service VPN', description: 'x' });
    for (const status of ['planned', 'delivered']) {
      await changeStatus(harness.ideabar, itDesk, shipped.id, { status, response: 'Done.' });
    }
    const voteIn = async (ideaId: string, locale?: string) =>
      invokeCard(
        await harness.send({ ...cardAction(ADA, 'vote', { ideaId }), ...(locale ? { locale } : {}) }),
      );

    const delivered = await voteIn(shipped.id, 'ja-jp');
    expectValidCard(delivered);
    expect(JSON.stringify(delivered.body)).toContain('このアイデアは実現済みのため');
    const missing = await voteIn('no-such-idea', 'de-de');
    expectValidCard(missing);
    expect(JSON.stringify(missing.body)).toContain('Diese Idee wurde nicht gefunden');
    expect(JSON.stringify(missing.body)).not.toContain('was not found');
    // English readers get core's own sentence.
    expect(JSON.stringify((await voteIn('no-such-idea')).body)).toContain('The idea was not found');
  });

  it('a vote clicked in Arabic answers with the idea’s card in Arabic, right to left', async () => {
    const harness = new BotHarness();
    const posted = await submitIdea(
      harness.ideabar,
      { tenantId: TENANT, userId: ADA.aadObjectId, name: ADA.name },
      { title: 'Self-service VPN', description: 'Renew VPN access without a ticket.' },
    );
    const result = await harness.send({ ...cardAction(ADA, 'vote', { ideaId: posted.id }), locale: 'ar-sa' });
    const card = invokeCard(result);
    expect(card.rtl).toBe(true);
    expect(JSON.stringify(card.body)).toContain('تم احتساب صوتك');
    const buttons = actionsOf(card).filter(
      (action): action is ExecuteAction => action.type === 'Action.Execute',
    );
    expect(buttons.map((button) => button.title)).toContain('سحب صوتي');
    expectValidCard(card);
  });
});
