import { describe, expect, it } from 'vitest';
import type { CommentView, IdeaDetail, IdeaPage, IdeaView, Me, VoteState } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };

const api = useTestApi();

describe('the ideas API over HTTP (local host, Azurite)', () => {
  it('answers health without a token', async () => {
    const response = await api.request('GET', '/api/health');
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('tells people who they are, IT members included', async () => {
    expect((await api.as<Me>(ada, 'GET', '/api/me')).body).toEqual({
      tenantId: 'contoso',
      userId: 'ada',
      name: 'Ada Lovelace',
      roles: ['employee'],
    });
    expect((await api.as<Me>(grace, 'GET', '/api/me')).body.roles).toEqual(['employee', 'it']);
  });

  it("opens a team's board once and takes ideas on it", async () => {
    const teamId = '19:plant-ops@thread.tacv2';
    const created = await api.as<{ id: string }>(ada, 'POST', '/api/boards', {
      teamId,
      name: 'Plant Operations',
    });
    expect(created).toMatchObject({
      status: 201,
      body: { id: teamId, name: 'Plant Operations', isDefault: false },
    });
    const again = await api.as(grace, 'POST', '/api/boards', { teamId, name: 'Renamed?' });
    expect(again).toMatchObject({ status: 200, body: { id: teamId, name: 'Plant Operations' } });
    const boards = await api.as<{ items: { id: string }[] }>(ada, 'GET', '/api/boards');
    expect(boards.body.items.map((b) => b.id)).toEqual(['default', teamId]);
    const idea = await api.as<IdeaView>(ada, 'POST', '/api/ideas', {
      boardId: teamId,
      title: 'Vibration alerts for line 3',
      description: 'Sensors are there already.',
    });
    expect(idea.body.boardId).toBe(teamId);
    const teamBoard = await api.as<IdeaPage>(ada, 'GET', `/api/ideas?boardId=${encodeURIComponent(teamId)}`);
    expect(teamBoard.body.items.map((i) => i.title)).toEqual(['Vibration alerts for line 3']);
    const bad = await api.as(ada, 'POST', '/api/boards', { teamId: 'a/b' });
    expect(bad.status).toBe(400);
  });

  it('takes an idea from submission through votes and comments', async () => {
    const submitted = await api.as<IdeaView>(ada, 'POST', '/api/ideas', {
      title: 'Self-service VPN access',
      description: 'Requesting VPN access takes three days. <script>alert(1)</script>',
      category: 'Remote work',
      tags: ['vpn'],
    });
    expect(submitted.status).toBe(201);
    const idea = submitted.body;
    expect(Object.keys(idea).sort()).toEqual(
      [
        'author',
        'boardId',
        'category',
        'commentCount',
        'createdAt',
        'description',
        'id',
        'myVote',
        'status',
        'tags',
        'title',
        'updatedAt',
        'votes',
        'decline',
        'appeal',
        'itPartner',
        'sponsor',
        'classification',
        'expectedBenefit',
        'measuredBenefit',
        'duplicateOf',
        'firstResponseAt',
        'cycleId',
        'awaitingApproval',
      ].sort(),
    );
    expect(idea.description).toBe('Requesting VPN access takes three days. <script>alert(1)</script>');

    const vote = await api.as<VoteState>(grace, 'PUT', `/api/ideas/${idea.id}/vote`);
    // ada's own vote came with her idea; grace's is the second, however often she clicks.
    expect(vote).toMatchObject({ status: 200, body: { ideaId: idea.id, votes: 2, myVote: true } });
    expect((await api.as<VoteState>(grace, 'PUT', `/api/ideas/${idea.id}/vote`)).body.votes).toBe(2);

    const comment = await api.as<CommentView>(grace, 'POST', `/api/ideas/${idea.id}/comments`, {
      text: 'We could use the new access portal for this.',
    });
    expect(comment.status).toBe(201);
    expect(comment.body.author).toEqual({ id: 'grace', name: 'Grace Hopper' });

    const detail = await api.as<IdeaDetail>(grace, 'GET', `/api/ideas/${idea.id}`);
    expect(detail.body).toMatchObject({ votes: 2, myVote: true, commentCount: 1, status: 'new' });
    expect(detail.body.history).toEqual([expect.objectContaining({ from: null, to: 'new' })]);
    expect((await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${idea.id}`)).body.myVote).toBe(true);

    const comments = await api.as<{ items: CommentView[]; nextCursor: string | null }>(
      ada,
      'GET',
      `/api/ideas/${idea.id}/comments`,
    );
    expect(comments.body.items.map((c) => c.id)).toEqual([comment.body.id]);

    const listed = await api.as<IdeaPage>(grace, 'GET', '/api/ideas?sort=top&voted=true');
    expect(listed.body.items.map((i) => [i.id, i.myVote, i.votes])).toEqual([[idea.id, true, 2]]);

    expect((await api.as<VoteState>(grace, 'DELETE', `/api/ideas/${idea.id}/vote`)).body).toEqual({
      ideaId: idea.id,
      votes: 1,
      myVote: false,
    });
    expect((await api.as<VoteState>(grace, 'DELETE', `/api/ideas/${idea.id}/vote`)).body.votes).toBe(1);
  });

  it('pages through a board with cursors', async () => {
    for (let n = 0; n < 7; n++) {
      await api.as(ada, 'POST', '/api/ideas', { title: `Paging idea ${n}`, description: 'Paging test.' });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/ideas?q=paging&sort=new&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api.as<IdeaPage>(ada, 'GET', query);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((i) => i.title));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((n) => `Paging idea ${n}`));
  });

  it('answers field-level errors for bad input', async () => {
    const response = await api.as(ada, 'POST', '/api/ideas', {
      title: 'No',
      description: 'Fine.',
      tags: [1],
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: 'validation',
        message: expect.any(String),
        fields: [
          // The kind of problem and its limit travel beside the English words, so the tab can word them in the reader's language.
          { field: 'title', message: 'Use at least 3 characters.', problem: 'too_short', limit: 3 },
          { field: 'tags.0', message: 'Enter a tag as text.', problem: 'required' },
        ],
      },
    });
    const malformed = await api.request('POST', '/api/ideas', {
      token: await api.tokenFor(ada),
      rawBody: '{"title": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { fields: [{ field: 'body' }] } });
  });

  it('answers 404 for unknown ideas and routes, and 405 for a wrong method', async () => {
    const unknown = await api.as(ada, 'GET', '/api/ideas/01JDUNKNOWN0000000000000000');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await api.as(ada, 'GET', '/api/nothing-here')).status).toBe(404);
    const wrongMethod = await api.as(ada, 'PATCH', '/api/ideas');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
  });

  it('refuses bodies over 64 KB without reading them', async () => {
    const response = await api.as(ada, 'POST', '/api/ideas', {
      title: 'Too big',
      description: 'x'.repeat(70_000),
    });
    expect(response).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });
});
