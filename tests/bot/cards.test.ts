import { describe, expect, it } from 'vitest';
import {
  createIdeaBar,
  IDEA_LIMITS,
  memoryRepositories,
  submitIdea,
  type IdeaView,
  type StatusChangedEvent,
} from '../../core/src/index.js';
import { RESPONSE_MAX } from '../../core/src/ideas/triageInput.js';
import { attachmentOf, type AdaptiveCard, type ExecuteAction } from '../../bot/src/cards/adaptiveCard.js';
import { digestCard } from '../../bot/src/cards/digestCard.js';
import { errorCard } from '../../bot/src/cards/errorCard.js';
import { helpCard } from '../../bot/src/cards/helpCard.js';
import { ideaCard } from '../../bot/src/cards/ideaCard.js';
import { ideaListCard } from '../../bot/src/cards/ideaListCard.js';
import { newIdeaCard } from '../../bot/src/cards/newIdeaCard.js';
import { noticeCard } from '../../bot/src/cards/noticeCard.js';
import { escapeMarkdown } from '../../bot/src/cards/plainText.js';
import { statusChangeCard } from '../../bot/src/cards/statusChangeCard.js';
import { welcomeCard } from '../../bot/src/cards/welcomeCard.js';
import { VERB_FIELD, VERBS } from '../../bot/src/verbs/verbs.js';
import { TEST_SETTINGS } from './support/botHarness.js';
import { actionsOf, expectValidCard, markdownTexts, plainTexts } from './support/cardValidation.js';

const HOSTILE =
  '**bold** [click](https://evil.example) <at>Everyone</at> _x_ # > `code` ![i](https://x/i.png)';
const longest = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Whatever fields an idea's view has today, as the domain makes it; the tests below then push each to its limit. */
const domainView = await submitIdea(
  createIdeaBar({ repos: memoryRepositories() }),
  { tenantId: 't', userId: 'aad-ada', name: 'Ada' },
  { title: 'A base idea', description: 'From the domain' },
);

/** An idea at every limit at once, written in the widest characters (4-byte emoji count twice in JSON escapes). */
function maximalIdea(overrides: Partial<IdeaView> = {}): IdeaView {
  return {
    ...domainView,
    id: '01JDZZZZZZZZZZZZZZZZZZZZZZ',
    boardId: '19:team-general@thread.tacv2',
    title: longest('💡"\\<', IDEA_LIMITS.titleMax),
    description: longest('🚀 "quoted" \\ <tag> ', IDEA_LIMITS.descriptionMax),
    category: longest('🧭', IDEA_LIMITS.categoryMax),
    tags: Array.from({ length: IDEA_LIMITS.tagsMax }, () => longest('🏷', IDEA_LIMITS.tagMax)),
    status: 'under_review',
    votes: 1_234_567,
    myVote: true,
    commentCount: 99_999,
    author: { id: 'aad-ada', name: longest('👩‍💻', 200) },
    ...overrides,
  };
}

const teamsIds = Array.from({ length: 200 }, (_, n) => `29:${'x'.repeat(100)}${n}`);
const change: StatusChangedEvent = {
  tenantId: 't',
  ideaId: 'i',
  id: 'c',
  from: 'new',
  to: 'planned',
  by: { id: 'it-1', name: longest('🛠', 200) },
  at: new Date('2026-11-23T10:00:00Z'),
  response: longest('We will do this 🚀 [link](https://x) ', 4_000),
};

const longestAnswer = {
  by: change.by,
  kind: 'triage' as const,
  response: longest('Planned 🚀 ', RESPONSE_MAX),
};

const everyCard: [string, AdaptiveCard][] = [
  [
    'idea, shared',
    ideaCard(TEST_SETTINGS, { idea: maximalIdea(), viewer: { kind: 'shared' }, refreshFor: teamsIds }),
  ],
  [
    'idea, shared, with IT’s answer',
    ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'shared' },
      refreshFor: teamsIds,
      answer: longestAnswer,
    }),
  ],
  [
    'idea, shared, merged into another',
    ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ status: 'duplicate', myVote: false }),
      viewer: { kind: 'shared' },
      refreshFor: teamsIds,
      answer: { ...longestAnswer, kind: 'merge' },
      mergedInto: maximalIdea({ id: '01JDYYYYYYYYYYYYYYYYYYYYYY' }),
    }),
  ],
  [
    'idea, a follower of a duplicate',
    ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ status: 'duplicate', myVote: false }),
      viewer: { kind: 'person', teamsId: '29:ada', following: true },
      refreshFor: ['29:ada'],
      note: 'You no longer follow this idea.',
      answer: { ...longestAnswer, kind: 'merge' },
      mergedInto: maximalIdea({ id: '01JDYYYYYYYYYYYYYYYYYYYYYY' }),
    }),
  ],
  [
    'idea, a voter who follows',
    ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'person', teamsId: '29:ada', following: true },
      refreshFor: ['29:ada'],
      note: 'Your vote is in.',
    }),
  ],
  [
    'idea, someone who has not voted',
    ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ myVote: false }),
      viewer: { kind: 'person', teamsId: '29:ada', following: false },
      refreshFor: ['29:ada'],
    }),
  ],
  [
    'top list',
    ideaListCard(
      TEST_SETTINGS,
      'Top ideas',
      Array.from({ length: 5 }, () => maximalIdea()),
    ),
  ],
  ['empty list', ideaListCard(TEST_SETTINGS, 'Trending ideas', [])],
  [
    'digest',
    digestCard(TEST_SETTINGS, {
      boardName: longest('🏢', 80),
      period: 'week',
      top: Array.from({ length: 5 }, () => maximalIdea()),
      trending: Array.from({ length: 5 }, () => maximalIdea()),
    }),
  ],
  ['status change', statusChangeCard(TEST_SETTINGS, maximalIdea(), change, 'author')],
  ['new idea form', newIdeaCard({ mode: 'card', boardId: 'default' })],
  [
    'new idea form with every field wrong, filled to the limit',
    newIdeaCard({
      mode: 'dialog',
      draft: {
        title: longest('💡', IDEA_LIMITS.titleMax),
        description: longest('🚀', IDEA_LIMITS.descriptionMax),
        category: longest('🧭', IDEA_LIMITS.categoryMax),
        tags: longest('🏷,', 200),
      },
      errors: ['title', 'description', 'category', 'tags', 'body'].map((field) => ({
        field,
        message: 'Fix this.',
      })),
    }),
  ],
  ['welcome, personal', welcomeCard('personal')],
  ['welcome, channel', welcomeCard('channel')],
  ['welcome, group chat', welcomeCard('groupChat')],
  ['help', helpCard()],
  ['help after unknown text', helpCard(HOSTILE)],
  [
    'error',
    errorCard('The idea was not found.', [{ field: 'title', message: 'Use at least 3 characters.' }]),
  ],
  ['notice', noticeCard('Done.')],
];

describe('every card', () => {
  it.each(everyCard)('%s: valid Adaptive Card ≤ 1.5, ≤ 6 actions, ≤ 28 KB', (_name, card) => {
    expectValidCard(card);
  });

  it('the size check would catch an oversized card', () => {
    const huge = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'shared' },
      refreshFor: [],
      note: 'x'.repeat(30_000),
    });
    expect(() => expectValidCard(huge)).toThrow();
  });

  it('the schema check would catch an element the schema does not know', () => {
    const broken = { ...noticeCard('x'), body: [{ type: 'TextBlok', text: 'typo' }] };
    expect(() => expectValidCard(broken)).toThrow();
  });
});

describe('the idea card', () => {
  const execute = (card: AdaptiveCard) =>
    actionsOf(card).filter((a): a is ExecuteAction => a.type === 'Action.Execute');

  it('offers vote to someone who has not voted, and withdraw to someone who has', () => {
    const notVoted = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ myVote: false }),
      viewer: { kind: 'person', teamsId: '29:a', following: false },
      refreshFor: [],
    });
    const voted = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'person', teamsId: '29:a', following: false },
      refreshFor: [],
    });
    expect(execute(notVoted).map((a) => a.verb)).toEqual(['vote', 'comment']);
    expect(execute(voted).map((a) => a.verb)).toEqual(['withdrawVote', 'comment', 'follow']);
    expect(execute(voted)[0]?.data).toEqual({ ideaId: '01JDZZZZZZZZZZZZZZZZZZZZZZ' });
    expect(JSON.stringify(voted.body)).toContain('You voted for this idea');
    expect(JSON.stringify(notVoted.body)).not.toContain('You voted');
  });

  it('the shared card shows nobody’s vote and refreshes at most 60 people', () => {
    const shared = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'shared' },
      refreshFor: teamsIds,
    });
    expect(execute(shared)[0]?.verb).toBe('vote');
    expect(JSON.stringify(shared.body)).not.toContain('You voted');
    expect(shared.refresh?.userIds).toHaveLength(60);
    expect(shared.refresh?.action.verb).toBe('refreshIdea');
  });

  it('shows title, author, category, status, votes and comments, and links into the tab', () => {
    const card = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ title: 'Self-service VPN', votes: 1, commentCount: 2, category: 'Network' }),
      viewer: { kind: 'shared' },
      refreshFor: [],
    });
    const text = JSON.stringify(card.body);
    for (const expected of ['Self-service VPN', 'Network', 'Under review', '1 vote', '2 comments']) {
      expect(text).toContain(expected);
    }
    const open = card.actions?.find((a) => a.type === 'Action.OpenUrl');
    expect(open && 'url' in open && open.url).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/entity\/0f5a7e84-3c1d-4b9e-8a6f-2d4c6b8e0a13\/board\?context=/,
    );
    expect(decodeURIComponent(open && 'url' in open ? open.url : '')).toContain(
      '"subEntityId":"01JDZZZZZZZZZZZZZZZZZZZZZZ"',
    );
  });

  it('shows the latest public answer under the status, as plain text with who gave it', () => {
    const card = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ status: 'planned' }),
      viewer: { kind: 'shared' },
      refreshFor: [],
      answer: { by: { id: 'it-1', name: 'IT Desk' }, kind: 'triage', response: 'Planned for Q1.' },
    });
    expect(JSON.stringify(card.body)).toContain('Planned');
    expect(plainTexts(card)).toEqual(expect.arrayContaining(['IT Desk: ', 'Planned for Q1.']));
    const appealed = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'shared' },
      refreshFor: [],
      answer: { by: { id: 'aad-ada', name: 'Ada' }, kind: 'appeal', response: 'Security signed off.' },
    });
    expect(plainTexts(appealed)).toContain('Ada appealed: ');
    const unanswered = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'shared' },
      refreshFor: [],
    });
    expect(plainTexts(unanswered)).not.toContain('IT Desk: ');
  });

  it('a duplicate says what it was merged into and takes no votes: it points there instead', () => {
    const into = maximalIdea({ id: '01JDYYYYYYYYYYYYYYYYYYYYYY', title: 'Self-service VPN' });
    const card = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ status: 'duplicate', myVote: false }),
      viewer: { kind: 'shared' },
      refreshFor: [],
      mergedInto: into,
    });
    expect(plainTexts(card)).toEqual(expect.arrayContaining(['Merged into ', 'Self-service VPN']));
    expect(execute(card).map((a) => a.verb)).toEqual(['comment']);
    const first = card.actions?.[0];
    expect(first?.type).toBe('Action.OpenUrl');
    expect(decodeURIComponent(first && 'url' in first ? first.url : '')).toContain(
      '"subEntityId":"01JDYYYYYYYYYYYYYYYYYYYYYY"',
    );
    // Merged into an idea this reader may not see: said, but not named or linked.
    const hidden = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea({ status: 'duplicate', myVote: false }),
      viewer: { kind: 'shared' },
      refreshFor: [],
      mergedInto: null,
    });
    expect(JSON.stringify(hidden.body)).toContain('Merged into another idea.');
    expect(execute(hidden).map((a) => a.verb)).toEqual(['comment']);
  });

  it('every Universal Action falls back to a submit of the same verb and data', () => {
    const card = ideaCard(TEST_SETTINGS, {
      idea: maximalIdea(),
      viewer: { kind: 'person', teamsId: '29:a', following: true },
      refreshFor: [],
    });
    for (const action of execute(card)) {
      expect(VERBS).toContain(action.verb);
      expect(action.fallback).toEqual({
        type: 'Action.Submit',
        title: action.title,
        data: { ...action.data, [VERB_FIELD]: action.verb },
      });
    }
  });
});

describe('user text', () => {
  const idea = maximalIdea({
    title: HOSTILE,
    description: HOSTILE,
    category: HOSTILE,
    author: { id: 'x', name: HOSTILE },
  });
  const cards = [
    ideaCard(TEST_SETTINGS, { idea, viewer: { kind: 'shared' }, refreshFor: [] }),
    ideaCard(TEST_SETTINGS, {
      idea: { ...idea, status: 'duplicate' },
      viewer: { kind: 'shared' },
      refreshFor: [],
      answer: { by: { id: 'x', name: HOSTILE }, kind: 'merge', response: HOSTILE },
      mergedInto: idea,
    }),
    ideaListCard(TEST_SETTINGS, 'Top ideas', [idea]),
    statusChangeCard(TEST_SETTINGS, idea, { ...change, response: HOSTILE }, 'follower'),
    digestCard(TEST_SETTINGS, { boardName: HOSTILE, period: 'month', top: [idea], trending: [] }),
    helpCard(HOSTILE),
  ];

  it.each(cards.map((card, n) => [n, card] as const))('never reaches markdown raw (card %i)', (_n, card) => {
    for (const text of markdownTexts(card)) {
      expect(text).not.toContain('[click](');
      expect(text).not.toContain('**bold**');
      expect(text).not.toContain('<at>');
      expect(text).not.toContain('https://evil');
    }
  });

  it('is shown exactly as typed, as plain text runs', () => {
    const card = ideaCard(TEST_SETTINGS, { idea, viewer: { kind: 'shared' }, refreshFor: [] });
    expect(plainTexts(card)).toContain(HOSTILE);
  });

  it('escapes every markdown character where it must pass through markdown', () => {
    expect(escapeMarkdown('[a](https://b) **c** <at>d</at>')).toBe(
      String.raw`\[a\]\(https:` + '\u200B' + String.raw`//b\) \*\*c\*\* &lt;at\>d&lt;/at\>`,
    );
  });

  it('a card attachment carries the Adaptive Card content type', () => {
    expect(attachmentOf(noticeCard('x')).contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});
