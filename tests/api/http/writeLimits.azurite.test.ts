/**
 * Limits on writes, over HTTP against the local host and a real Azurite, and through the bot's endpoint: a flood is
 * answered 429 with Retry-After in the error shape, and nothing is lost either way — every accepted write is
 * stored, every refused one is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentPage, IdeaPage, IdeaView } from '../../../core/src/index.js';
import {
  startTestApi,
  testConfig,
  type ApiResponse,
  type Person,
  type TestApi,
} from '../../support/testHost.js';
import { cardAction, message, TENANT, type Person as TeamsPerson } from '../../bot/support/activities.js';
import { useFakeBotConnector } from '../../bot/support/botTestBed.js';

const LIMITS = {
  LIMIT_IDEAS: '5/1h',
  LIMIT_COMMENTS: '4/1h',
  LIMIT_VOTES: '3/1h',
  LIMIT_APPEALS: '1/1h',
  LIMIT_BOT_COMMANDS: '2/1h',
  LIMIT_TENANT_WRITES: '1000/1h',
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ config: testConfig(LIMITS) });
});
afterAll(() => api?.host.close());

const person = (tenantId: string, userId: string, roles: Person['roles'] = []): Person => ({
  tenantId,
  userId,
  name: userId,
  roles,
});

/** Sends `count` writes at once and sorts the answers: accepted, refused (each checked), and anything else. */
async function flood<T>(count: number, send: (n: number) => Promise<ApiResponse<T>>) {
  const answers = await Promise.all(Array.from({ length: count }, (_, n) => send(n).then((a) => ({ n, a }))));
  const refused = answers.filter(({ a }) => a.status === 429);
  for (const { a } of refused) {
    expect(a.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(a.body).toEqual({
      error: {
        code: 'too_many_requests',
        message: expect.stringMatching(/faster than IdeaBar allows.*Try again in \d+ s/),
      },
    });
  }
  return {
    accepted: answers.filter(({ a }) => a.status < 300).map(({ n, a }) => ({ n, body: a.body })),
    refused: refused.map(({ n }) => n),
    other: answers.filter(({ a }) => a.status >= 300 && a.status !== 429).map(({ a }) => a.status),
  };
}

describe('a flood of writes from one person', () => {
  it('accepts ideas up to the limit, answers the rest 429, and stores exactly the accepted ones', async () => {
    const ann = person('flood-ideas', 'ann');
    const result = await flood(20, (n) =>
      api.as<IdeaView>(ann, 'POST', '/api/ideas', { title: `Flood idea ${n}`, description: 'd' }),
    );
    expect(result.other).toEqual([]);
    expect(result.accepted).toHaveLength(5);
    expect(result.refused).toHaveLength(15);
    const stored = await api.as<IdeaPage>(ann, 'GET', '/api/ideas?limit=100');
    expect(stored.body.items.map((idea) => idea.title).sort()).toEqual(
      result.accepted.map(({ n }) => `Flood idea ${n}`).sort(),
    );
    // Someone else in the same tenant is not held back by Ann's flood.
    const bob = await api.as(person('flood-ideas', 'bob'), 'POST', '/api/ideas', {
      title: 'Mine',
      description: 'd',
    });
    expect(bob.status).toBe(201);
  });

  it('holds comments and votes to their limits, losing none that were accepted', async () => {
    const author = person('flood-more', 'author');
    const ideas: IdeaView[] = [];
    for (const title of ['One idea', 'Two idea', 'Three idea', 'Four idea', 'Five idea']) {
      ideas.push(await api.submitIdea(author, { title, description: 'd' }));
    }
    const first = ideas[0] as IdeaView;

    const carl = person('flood-more', 'carl');
    const comments = await flood(12, (n) =>
      api.as(carl, 'POST', `/api/ideas/${first.id}/comments`, { text: `Comment ${n}` }),
    );
    expect([comments.accepted.length, comments.refused.length, comments.other]).toEqual([4, 8, []]);
    const stored = await api.as<CommentPage>(carl, 'GET', `/api/ideas/${first.id}/comments?limit=100`);
    expect(stored.body.items.map((c) => c.text).sort()).toEqual(
      comments.accepted.map(({ n }) => `Comment ${n}`).sort(),
    );

    const tally = async () =>
      (await api.as<IdeaPage>(carl, 'GET', '/api/ideas?limit=100')).body.items.reduce(
        (sum, i) => sum + i.votes,
        0,
      );
    const votesBefore = await tally();
    const votes = await flood(ideas.length, (n) => api.as(carl, 'PUT', `/api/ideas/${ideas[n]?.id}/vote`));
    expect([votes.accepted.length, votes.refused.length, votes.other]).toEqual([3, 2, []]);
    const board = await api.as<IdeaPage>(carl, 'GET', '/api/ideas?limit=100');
    const voted = board.body.items.filter((idea) => idea.myVote).map((idea) => idea.id);
    expect(voted.sort()).toEqual(votes.accepted.map(({ n }) => ideas[n]?.id).sort());
    expect(await tally()).toBe(votesBefore + 3);
  });

  it('lets one appeal through and refuses the next, which leaves its idea declined', async () => {
    const lead = person('flood-appeals', 'lead', ['it']);
    const dora = person('flood-appeals', 'dora');
    const declined: string[] = [];
    for (const title of ['Appeal me', 'Appeal me too']) {
      const idea = await api.as<IdeaView>(dora, 'POST', '/api/ideas', { title, description: 'd' });
      const decision = await api.as(lead, 'POST', `/api/ideas/${idea.body.id}/status`, {
        status: 'declined',
        response: 'Not this year.',
        decline: { constraint: 'cost', rule: 'Budget rule B-1', pathToYes: 'Bring a sponsor with budget.' },
      });
      expect(decision.status).toBe(200);
      declined.push(idea.body.id);
    }
    const reason = 'The business case has changed since the decision: we now have a sponsor.';
    const appeals = await flood(2, (n) =>
      api.as(dora, 'POST', `/api/ideas/${declined[n]}/appeal`, { reason }),
    );
    expect([appeals.accepted.length, appeals.refused.length, appeals.other]).toEqual([1, 1, []]);
    const refused = await api.as<IdeaView>(
      dora,
      'GET',
      `/api/ideas/${declined[appeals.refused[0] as number]}`,
    );
    expect(refused.body).toMatchObject({ status: 'declined', appeal: null });
  });
});

describe('a flood of writes from one tenant', () => {
  let tight: TestApi;
  beforeAll(async () => {
    tight = await startTestApi({ config: testConfig({ ...LIMITS, LIMIT_TENANT_WRITES: '6/1h' }) });
  });
  afterAll(() => tight?.host.close());

  it('holds the tenant to its limit across its people, and leaves other tenants alone', async () => {
    const people = ['p1', 'p2', 'p3'].map((id) => person('busy-tenant', id));
    const result = await flood(12, (n) =>
      tight.as<IdeaView>(people[n % 3] as Person, 'POST', '/api/ideas', {
        title: `Busy ${n}`,
        description: 'd',
      }),
    );
    expect([result.accepted.length, result.refused.length, result.other]).toEqual([6, 6, []]);
    const stored = await tight.as<IdeaPage>(people[0] as Person, 'GET', '/api/ideas?limit=100');
    expect(stored.body.total).toBe(6);
    const calm = await tight.as(person('calm-tenant', 'q'), 'POST', '/api/ideas', {
      title: 'Calm',
      description: 'd',
    });
    expect(calm.status).toBe(201);
  });
});

describe('a flood of bot commands', () => {
  const teams = useFakeBotConnector();

  it('answers card actions past the limit with an error card saying when to try again, and records no vote', async () => {
    const eve: TeamsPerson = { teamsId: '29:eve', aadObjectId: 'aad-eve', name: 'Eve' };
    const idea = await api.as<IdeaView>(person(TENANT, 'author'), 'POST', '/api/ideas', {
      title: 'Vote from the bot',
      description: 'd',
    });
    const answers: string[] = [];
    for (const verb of ['vote', 'withdrawVote', 'vote', 'vote']) {
      const answer = await api.request('POST', '/api/messages', {
        body: { ...cardAction(eve, verb, { ideaId: idea.body.id }), serviceUrl: teams.serviceUrl },
      });
      expect(answer.status).toBe(200);
      answers.push(JSON.stringify(answer.body));
    }
    expect(answers.slice(0, 2).every((body) => !body.includes('faster than IdeaBar allows'))).toBe(true);
    expect(answers.slice(2).every((body) => body.includes('faster than IdeaBar allows'))).toBe(true);
    const after = await api.as<IdeaView>(person(TENANT, 'aad-eve'), 'GET', `/api/ideas/${idea.body.id}`);
    expect(after.body).toMatchObject({ votes: idea.body.votes, myVote: false });

    // A message past the limit gets the same card in reply, and no command runs.
    const before = teams.connector.deliveries.length;
    const reply = await api.request('POST', '/api/messages', {
      body: { ...message(eve, 'help'), serviceUrl: teams.serviceUrl },
    });
    expect(reply.status).toBe(200);
    const sent = teams.connector.deliveries.slice(before);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain('faster than IdeaBar allows');
  });
});
