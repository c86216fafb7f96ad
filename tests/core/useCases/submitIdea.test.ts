import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../support/validationErrors.js';
import { getIdea, IDEA_LIMITS, NotFoundError, submitIdea } from '../../../core/src/index.js';
import { ada, domain, ideaInput } from '../../support/domain.js';

describe('submitIdea', () => {
  it('stores the idea on the default board, with its first history entry', async () => {
    const { ctx, clock } = domain();
    const idea = await submitIdea(ctx, ada, {
      title: '  Self-service VPN access  ',
      description: 'Let people <b>request</b> VPN access [here](javascript:alert(1)).',
      category: 'Remote work',
      tags: ['vpn', 'VPN', 'access'],
    });
    expect(idea).toMatchObject({
      boardId: 'default',
      title: 'Self-service VPN access',
      description: 'Let people <b>request</b> VPN access [here](javascript:alert(1)).',
      category: 'Remote work',
      tags: ['vpn', 'access'],
      status: 'new',
      // Its author's vote comes with it.
      votes: 1,
      myVote: true,
      commentCount: 0,
      author: { id: 'ada', name: 'Ada Lovelace' },
      createdAt: clock.now().toISOString(),
    });
    const detail = await getIdea(ctx, ada, idea.id);
    expect(detail.history).toEqual([
      expect.objectContaining({
        from: null,
        to: 'new',
        by: { id: 'ada', name: 'Ada Lovelace' },
        response: null,
      }),
    ]);
  });

  it('names every field that is wrong, at once', async () => {
    const { ctx } = domain();
    const fields = await fieldErrorsOf(
      submitIdea(ctx, ada, {
        title: 'ab',
        description: '   ',
        category: 'x'.repeat(61),
        tags: ['a', 'b', 'c', 'd', 'e', 'f'],
      }),
    );
    expect(fields.map((f) => f.field).sort()).toEqual(['category', 'description', 'tags', 'title']);
    for (const field of fields) expect(field.message.length).toBeGreaterThan(3);
  });

  it('names each problem’s kind and the limit it broke, so the tab can say it in the reader’s language', async () => {
    const { ctx } = domain();
    const fields = await fieldErrorsOf(
      submitIdea(ctx, ada, {
        title: 'ab',
        description: '   ',
        category: 'x'.repeat(IDEA_LIMITS.categoryMax + 1),
        tags: ['a', 'b', 'c', 'd', 'e', 'f'],
      }),
    );
    const byField = Object.fromEntries(
      fields.map(({ field, problem, limit }) => [field, { problem, limit }]),
    );
    expect(byField).toEqual({
      title: { problem: 'too_short', limit: IDEA_LIMITS.titleMin },
      description: { problem: 'required', limit: undefined },
      category: { problem: 'too_long', limit: IDEA_LIMITS.categoryMax },
      tags: { problem: 'too_many', limit: IDEA_LIMITS.tagsMax },
    });
    const [control] = await fieldErrorsOf(submitIdea(ctx, ada, ideaInput('Bell\u0007 ringing')));
    expect(control).toMatchObject({ field: 'title', problem: 'control_characters' });
  });

  it.each([
    ['title', { title: 'x'.repeat(IDEA_LIMITS.titleMax + 1) }],
    ['title', { title: 'Bell\u0007 ringing' }],
    ['title', { title: 42 }],
    ['description', { description: 'x'.repeat(IDEA_LIMITS.descriptionMax + 1) }],
    ['tags.0', { tags: ['x'.repeat(IDEA_LIMITS.tagMax + 1)] }],
    ['tags', { tags: 'vpn' }],
    ['boardId', { boardId: 'no/slashes' }],
  ])('refuses a bad %s', async (field, override) => {
    const { ctx } = domain();
    const fields = await fieldErrorsOf(submitIdea(ctx, ada, { ...ideaInput('A fine title'), ...override }));
    expect(fields.map((f) => f.field)).toContain(field);
  });

  it('accepts the limits exactly', async () => {
    const { ctx } = domain();
    const idea = await submitIdea(ctx, ada, {
      title: 'x'.repeat(IDEA_LIMITS.titleMax),
      description: 'y'.repeat(IDEA_LIMITS.descriptionMax),
      tags: ['a', 'b', 'c', 'd', 'z'.repeat(IDEA_LIMITS.tagMax)],
    });
    expect(idea.title).toHaveLength(IDEA_LIMITS.titleMax);
    expect(idea.description).toHaveLength(IDEA_LIMITS.descriptionMax);
  });

  it('refuses what is not an object, naming the body', async () => {
    const { ctx } = domain();
    for (const body of [undefined, null, 'idea', [1, 2]]) {
      const fields = await fieldErrorsOf(submitIdea(ctx, ada, body));
      expect(fields).toEqual([{ field: 'body', message: expect.any(String), problem: expect.any(String) }]);
    }
  });

  it('changes nothing when the input is refused', async () => {
    const { ctx, repos } = domain();
    await submitIdea(ctx, ada, { title: 'no' }).catch(() => undefined);
    expect(await repos.ideas.listBoard('contoso', 'default')).toEqual([]);
  });

  it('refuses a board that does not exist', async () => {
    const { ctx } = domain();
    await expect(submitIdea(ctx, ada, ideaInput('Good title', { boardId: 'team-9' }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
