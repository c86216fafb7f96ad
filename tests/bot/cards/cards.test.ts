import { describe, expect, it } from 'vitest';
import {
  createIdeaBar,
  IDEA_LIMITS,
  submitIdea,
  type IdeaView,
  type StatusChangedEvent,
} from '../../../core/src/index.js';
import { memoryRepositories } from '@ideabar/core/testing';
import { RESPONSE_MAX } from '../../../core/src/ideas/triageInput.js';
import { attachmentOf, type AdaptiveCard, type ExecuteAction } from '../../../bot/src/cards/adaptiveCard.js';
import { digestCard } from '../../../bot/src/cards/digestCard.js';
import { errorCard, refusalCard } from '../../../bot/src/cards/errorCard.js';
import { helpCard } from '../../../bot/src/cards/helpCard.js';
import { ideaCard } from '../../../bot/src/cards/ideaCard.js';
import { ideaLink } from '../../../bot/src/cards/ideaLink.js';
import { ideaListCard } from '../../../bot/src/cards/ideaListCard.js';
import { myIdeasCard } from '../../../bot/src/cards/myIdeasCard.js';
import { newIdeaCard } from '../../../bot/src/cards/newIdeaCard.js';
import { noticeCard } from '../../../bot/src/cards/noticeCard.js';
import { escapeMarkdown } from '../../../bot/src/cards/plainText.js';
import { statusChangeCard } from '../../../bot/src/cards/statusChangeCard.js';
import { voteRefusedCard } from '../../../bot/src/cards/voteRefusedCard.js';
import { welcomeCard } from '../../../bot/src/cards/welcomeCard.js';
import { VERB_FIELD, VERBS } from '../../../bot/src/turns/verbs/verbs.js';
import { TEST_SETTINGS, textOf } from '../support/botHarness.js';
import {
  actionsOf,
  bodyActionsOf,
  expectValidCard,
  markdownTexts,
  plainTexts,
} from '../support/cardValidation.js';

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
    'top list, a voter’s view, with more on the board',
    ideaListCard(TEST_SETTINGS, {
      list: 'top',
      boardId: '19:team-general@thread.tacv2',
      ideas: Array.from({ length: 5 }, () => maximalIdea()),
      total: 1_234,
      viewer: 'person',
      refreshFor: teamsIds,
      note: 'Your vote is in.',
    }),
  ],
  [
    'empty list',
    ideaListCard(TEST_SETTINGS, {
      list: 'trending',
      boardId: undefined,
      ideas: [],
      total: 0,
      viewer: 'shared',
      refreshFor: [],
    }),
  ],
  [
    'my ideas, every one answered at length',
    myIdeasCard(TEST_SETTINGS, {
      ideas: Array.from({ length: 5 }, () => ({ idea: maximalIdea(), answer: longestAnswer })),
      total: 40,
      boardId: undefined,
      refreshFor: ['29:ada'],
    }),
  ],
  [
    'my ideas, none yet',
    myIdeasCard(TEST_SETTINGS, { ideas: [], total: 0, boardId: undefined, refreshFor: ['29:ada'] }),
  ],
  [
    'vote refused on a duplicate',
    voteRefusedCard(TEST_SETTINGS, {
      message: 'This idea was merged into 01JDYYYYYYYYYYYYYYYYYYYYYY: vote for that one instead.',
      idea: maximalIdea({ status: 'duplicate' }),
      mergedInto: maximalIdea({ id: '01JDYYYYYYYYYYYYYYYYYYYYYY', myVote: false }),
    }),
  ],
  ['permission refused', refusalCard('Only IT members can change a board.', ['Alex Wilber', 'Nestor Wilke'])],
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
  ['welcome, personal', welcomeCard(TEST_SETTINGS, 'personal', undefined)],
  ['welcome, channel', welcomeCard(TEST_SETTINGS, 'channel', '19:team-general@thread.tacv2')],
  ['welcome, group chat', welcomeCard(TEST_SETTINGS, 'groupChat', undefined)],
  ['help', helpCard(TEST_SETTINGS, { place: 'personal', boardId: undefined, isItMember: false })],
  [
    'help after unknown text, IT in a channel',
    helpCard(TEST_SETTINGS, {
      place: 'channel',
      boardId: '19:team-general@thread.tacv2',
      isItMember: true,
      unknownText: HOSTILE,
    }),
  ],
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

describe('the next steps on IdeaBar’s own cards', () => {
  const titles = (card: AdaptiveCard) => actionsOf(card).map((action) => action.title);
  const executeData = (card: AdaptiveCard, title: string) => {
    const action = actionsOf(card).find((a) => a.title === title);
    expect(action?.type).toBe('Action.Execute');
    return action?.type === 'Action.Execute' ? { verb: action.verb, data: action.data } : null;
  };

  it('welcome and help offer share an idea, top ideas, my ideas and the board as buttons', () => {
    const channel = '19:team-general@thread.tacv2';
    for (const card of [
      welcomeCard(TEST_SETTINGS, 'channel', channel),
      helpCard(TEST_SETTINGS, { place: 'channel', boardId: channel, isItMember: false }),
    ]) {
      expect(titles(card)).toEqual(['Share an idea', 'Top ideas', 'My ideas', 'Open the board']);
      // Each button acts on this conversation's board: the team's, in its channel.
      expect(executeData(card, 'Share an idea')).toEqual({
        verb: 'openNewIdeaForm',
        data: { boardId: channel },
      });
      expect(executeData(card, 'Top ideas')).toEqual({
        verb: 'showIdeas',
        data: { list: 'top', boardId: channel },
      });
      expect(executeData(card, 'My ideas')).toEqual({
        verb: 'showIdeas',
        data: { list: 'mine', boardId: channel },
      });
      expect(actionsOf(card).find((a) => a.title === 'Open the board')).toEqual({
        type: 'Action.OpenUrl',
        title: 'Open the board',
        url: `https://teams.microsoft.com/l/entity/${TEST_SETTINGS.teamsAppId}/board`,
      });
    }
    expect(executeData(welcomeCard(TEST_SETTINGS, 'personal', undefined), 'Top ideas')).toEqual({
      verb: 'showIdeas',
      data: { list: 'top' },
    });
  });

  it('help lists only what works here: digest in a team channel, for IT members alone', () => {
    const help = (place: 'personal' | 'groupChat' | 'channel', isItMember: boolean) =>
      textOf(helpCard(TEST_SETTINGS, { place, boardId: place === 'channel' ? 'b' : undefined, isItMember }));
    for (const text of [help('personal', true), help('groupChat', true), help('channel', false)]) {
      expect(text).not.toContain('digest');
      expect(text).toContain('**my ideas**');
      expect(text).toContain('**top**');
    }
    expect(help('channel', true)).toContain('**digest weekly**');
    expect(help('personal', false)).not.toContain('Mention me');
    expect(help('groupChat', false)).toContain('Mention me first');
  });
});

describe('the top and trending lists', () => {
  const ideas = [
    maximalIdea({ id: 'idea-1', title: 'First', myVote: true, votes: 9 }),
    maximalIdea({ id: 'idea-2', title: 'Second', myVote: false, votes: 4 }),
  ];
  const list = (viewer: 'person' | 'shared', total = 2) =>
    ideaListCard(TEST_SETTINGS, { list: 'top', boardId: 'b', ideas, total, viewer, refreshFor: ['29:ada'] });

  it('gives each idea a vote button, and the reader’s voted ideas a withdraw, that answer with the list', () => {
    expect(bodyActionsOf(list('person'))).toMatchObject([
      { type: 'Action.Execute', verb: 'withdrawVote', data: { ideaId: 'idea-1', from: 'top', boardId: 'b' } },
      { type: 'Action.Execute', verb: 'vote', data: { ideaId: 'idea-2', from: 'top', boardId: 'b' } },
    ]);
    expect(textOf(list('person'))).toContain('9 votes · ✓ you voted');
    // Each button says which idea it is for, where its title alone ("Vote") would not.
    expect(bodyActionsOf(list('person')).map((a) => (a.type === 'Action.Execute' ? a.tooltip : ''))).toEqual([
      'Withdraw your vote for “First”',
      'Vote for “Second”',
    ]);
  });

  it('as posted for everyone, shows no one’s vote, and refreshes into the asker’s own view', () => {
    const shared = list('shared');
    expect(bodyActionsOf(shared).map((a) => (a.type === 'Action.Execute' ? a.verb : a.type))).toEqual([
      'vote',
      'vote',
    ]);
    expect(textOf(shared)).not.toContain('you voted');
    expect(shared.refresh).toMatchObject({
      action: { verb: 'showIdeas', data: { list: 'top', boardId: 'b' } },
      userIds: ['29:ada'],
    });
  });

  it('counts the open ideas it leaves out, and links the board', () => {
    expect(textOf(list('person', 37))).toContain('…and 35 more open ideas on the board.');
    expect(textOf(list('person', 2))).not.toContain('more open');
    expect(actionsOf(list('person')).map((a) => a.title)).toEqual([
      'Share an idea',
      'My ideas',
      'Open the board',
    ]);
  });
});

describe('my ideas', () => {
  it('shows each idea’s status and IT’s latest answer, or that IT has not answered yet', () => {
    const card = myIdeasCard(TEST_SETTINGS, {
      ideas: [
        {
          idea: maximalIdea({ id: 'a', title: 'Answered', status: 'planned' }),
          answer: { by: { id: 'it', name: 'Alex Wilber' }, kind: 'triage', response: 'Planned for Q1.' },
        },
        { idea: maximalIdea({ id: 'b', title: 'Waiting', status: 'new' }), answer: null },
      ],
      total: 8,
      boardId: undefined,
      refreshFor: ['29:ada'],
    });
    const plain = plainTexts(card);
    expect(plain).toEqual(
      expect.arrayContaining(['Answered', 'Alex Wilber: ', 'Planned for Q1.', 'Waiting']),
    );
    const text = textOf(card);
    expect(text).toContain('**Planned**');
    expect(text).toContain('**New**');
    expect(text).toContain('No answer from IT yet.');
    expect(text).toContain('…and 6 older ideas on the board.');
    expect(card.refresh).toMatchObject({ action: { verb: 'showIdeas', data: { list: 'mine' } } });
  });
});

describe('refusals say why and who can help', () => {
  it('a permission refusal names what was refused and the IT members', () => {
    const card = refusalCard('Only IT members can change a board.', ['Alex Wilber', 'Nestor Wilke']);
    const text = textOf(card);
    expect(text).not.toContain('That didn’t work');
    expect(markdownTexts(card)).toContain(escapeMarkdown('Only IT members can change a board.'));
    expect(plainTexts(card)).toContain('Alex Wilber, Nestor Wilke');
  });

  it('a vote on a duplicate keeps core’s words and offers a vote for the idea it was merged into', () => {
    const message = 'This idea was merged into target-1: vote for that one instead.';
    const card = voteRefusedCard(TEST_SETTINGS, {
      message,
      idea: maximalIdea({ id: 'dup', status: 'duplicate' }),
      mergedInto: maximalIdea({ id: 'target-1', title: 'The one to vote for', myVote: false }),
    });
    expect(markdownTexts(card)).toContain(escapeMarkdown(message));
    expect(plainTexts(card)).toContain('The one to vote for');
    expect(actionsOf(card)).toMatchObject([
      {
        type: 'Action.Execute',
        verb: 'vote',
        data: { ideaId: 'target-1', from: 'merged' },
        title: 'Vote for it instead',
      },
      { type: 'Action.OpenUrl', url: ideaLink(TEST_SETTINGS, 'target-1', maximalIdea().boardId) },
    ]);
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
    ideaListCard(TEST_SETTINGS, {
      list: 'top',
      boardId: undefined,
      ideas: [idea],
      total: 1,
      viewer: 'shared',
      refreshFor: [],
    }),
    myIdeasCard(TEST_SETTINGS, {
      ideas: [{ idea, answer: { by: { id: 'x', name: HOSTILE }, kind: 'triage', response: HOSTILE } }],
      total: 1,
      boardId: undefined,
      refreshFor: [],
    }),
    voteRefusedCard(TEST_SETTINGS, { message: 'Merged.', idea, mergedInto: { ...idea, id: 'other' } }),
    refusalCard('Only IT members can do this.', [HOSTILE]),
    statusChangeCard(TEST_SETTINGS, idea, { ...change, response: HOSTILE }, 'follower'),
    digestCard(TEST_SETTINGS, { boardName: HOSTILE, period: 'month', top: [idea], trending: [] }),
    helpCard(TEST_SETTINGS, {
      place: 'personal',
      boardId: undefined,
      isItMember: false,
      unknownText: HOSTILE,
    }),
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
