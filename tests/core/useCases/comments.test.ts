import { describe, expect, it } from 'vitest';
import {
  addComment,
  getIdea,
  IDEA_LIMITS,
  listComments,
  NotFoundError,
  submitIdea,
  ValidationError,
} from '../../../core/src/index.js';
import { ada, domain, grace, ideaInput, mallory } from '../../support/domain.js';

describe('comments', () => {
  it('adds comments as typed and lists them oldest first, page by page', async () => {
    const fixture = domain();
    const { ctx } = fixture;
    const idea = await submitIdea(ctx, ada, ideaInput('Teams room booking'));
    const texts = [
      'First!\n<script>alert(1)</script>',
      '[a link](javascript:alert(1))',
      '@everyone hi',
      'Fourth',
    ];
    for (const text of texts) {
      await addComment(ctx, grace, idea.id, { text });
      fixture.clock.advance(1_000);
    }
    const first = await listComments(ctx, ada, idea.id, { limit: '3' });
    expect(first.items.map((c) => c.text)).toEqual(texts.slice(0, 3));
    expect(first.items[0]?.author).toEqual({ id: 'grace', name: 'Grace Hopper' });
    const second = await listComments(ctx, ada, idea.id, { limit: '3', cursor: first.nextCursor! });
    expect(second).toEqual({ items: [expect.objectContaining({ text: 'Fourth' })], nextCursor: null });
    expect((await getIdea(ctx, ada, idea.id)).commentCount).toBe(4);
  });

  it('refuses blank and over-long comments, naming the text', async () => {
    const { ctx } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Teams room booking'));
    for (const text of ['', '   \n ', 'x'.repeat(IDEA_LIMITS.commentMax + 1), 7]) {
      const error = await addComment(ctx, ada, idea.id, { text }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[0]?.field).toBe('text');
    }
    expect((await listComments(ctx, ada, idea.id, {})).items).toEqual([]);
  });

  it('keeps another tenant out of the conversation', async () => {
    const { ctx } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Teams room booking'));
    await expect(addComment(ctx, mallory, idea.id, { text: 'hello' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listComments(ctx, mallory, idea.id, {})).rejects.toBeInstanceOf(NotFoundError);
    expect((await getIdea(ctx, ada, idea.id)).commentCount).toBe(0);
  });
});
