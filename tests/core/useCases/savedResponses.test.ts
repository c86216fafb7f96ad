import { describe, expect, it } from 'vitest';
import {
  addSavedResponse,
  ConflictError,
  ForbiddenError,
  listAudit,
  listSavedResponses,
  NotFoundError,
  removeSavedResponse,
  SAVED_RESPONSE_LIMITS,
  updateSavedResponse,
  ValidationError,
} from '../../../core/src/index.js';
import { RESPONSE_MAX } from '../../../core/src/ideas/triageInput.js';
import { ada, domain, grace, mallory } from '../../support/domain.js';

const itDomain = () => domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
const thanks = { title: 'Thanks, collecting', text: 'Thanks! We are collecting requests like this one.' };

describe('saved responses', () => {
  it('lets IT keep, reword and remove a board’s common answers, listed by title', async () => {
    const { ctx } = itDomain();
    await addSavedResponse(ctx, grace, 'default', {
      title: 'Use the portal',
      text: 'Try the self-service portal.',
    });
    const added = await addSavedResponse(ctx, grace, 'default', thanks);
    expect(added.savedResponses.map((r) => r.title)).toEqual(['Thanks, collecting', 'Use the portal']);
    expect(added.savedResponses[0]).toMatchObject({
      ...thanks,
      updatedBy: { id: 'grace', name: 'Grace Hopper' },
    });

    const id = added.savedResponses[0]?.id ?? '';
    const reworded = await updateSavedResponse(ctx, grace, 'default', id, { text: 'Thanks! On the list.' });
    expect(reworded.savedResponses.find((r) => r.id === id)).toMatchObject({
      title: thanks.title,
      text: 'Thanks! On the list.',
    });
    const removed = await removeSavedResponse(ctx, grace, 'default', id);
    expect(removed.savedResponses.map((r) => r.title)).toEqual(['Use the portal']);
    expect((await listSavedResponses(ctx, grace, 'default')).savedResponses).toEqual(removed.savedResponses);

    const audit = await listAudit(ctx, grace, {});
    expect(audit.map((entry) => entry.summary).slice(0, 2)).toEqual([
      'Removed the saved response "Thanks, collecting" from "Ideas for IT"',
      'Changed the saved response "Thanks, collecting" on "Ideas for IT"',
    ]);
  });

  it('refuses everyone but IT before reading their input, and keeps tenants apart', async () => {
    const { ctx } = itDomain();
    const { savedResponses } = await addSavedResponse(ctx, grace, 'default', thanks);
    const id = savedResponses[0]?.id ?? '';
    await expect(listSavedResponses(ctx, ada, 'default')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addSavedResponse(ctx, ada, 'default', { title: '' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSavedResponse(ctx, ada, 'default', id, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeSavedResponse(ctx, ada, 'default', id)).rejects.toBeInstanceOf(ForbiddenError);

    const other = domain({
      repos: ctx.repos,
      itMemberSeeds: [{ tenantId: 'fabrikam', userId: 'mallory' }],
    }).ctx;
    expect((await listSavedResponses(other, mallory, 'default')).savedResponses).toEqual([]);
    await expect(removeSavedResponse(other, mallory, 'default', id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateSavedResponse(other, mallory, 'default', id, { text: 'Mine now' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSavedResponses(ctx, grace, 'default')).savedResponses).toMatchObject([thanks]);
  });

  it('answers bad input with field messages and changes nothing', async () => {
    const { ctx } = itDomain();
    const { savedResponses } = await addSavedResponse(ctx, grace, 'default', thanks);
    const id = savedResponses[0]?.id ?? '';
    const fieldsOf = async (work: Promise<unknown>) => {
      const error = await work.then(
        () => undefined,
        (refused: unknown) => refused,
      );
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).fields.map((field) => field.field);
    };
    expect(await fieldsOf(addSavedResponse(ctx, grace, 'default', { title: ' ', text: '' }))).toEqual([
      'title',
      'text',
    ]);
    expect(
      await fieldsOf(
        addSavedResponse(ctx, grace, 'default', {
          title: 'x'.repeat(SAVED_RESPONSE_LIMITS.titleMax + 1),
          text: 'y'.repeat(SAVED_RESPONSE_LIMITS.textMax + 1),
        }),
      ),
    ).toEqual(['title', 'text']);
    // The same title, whatever its case, is one entry in a picker.
    expect(
      await fieldsOf(addSavedResponse(ctx, grace, 'default', { ...thanks, title: 'THANKS, COLLECTING' })),
    ).toEqual(['title']);
    expect(await fieldsOf(updateSavedResponse(ctx, grace, 'default', id, {}))).toEqual(['title']);
    await expect(listSavedResponses(ctx, grace, 'no-such-board')).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeSavedResponse(ctx, grace, 'default', 'no-such-response')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await listSavedResponses(ctx, grace, 'default')).savedResponses).toMatchObject([thanks]);
  });

  it('stores text by the typed-text rule: invisible characters go, what was typed stays', async () => {
    const { ctx } = itDomain();
    const { savedResponses } = await addSavedResponse(ctx, grace, 'default', {
      title: '  Portal\u202e  ',
      text: 'Line one\u200b\nLine two',
    });
    expect(savedResponses[0]).toMatchObject({ title: 'Portal', text: 'Line one\nLine two' });
  });

  it('fills what a public response may hold, and keeps a short list per board', async () => {
    expect(SAVED_RESPONSE_LIMITS.textMax).toBe(RESPONSE_MAX);
    const { ctx } = itDomain();
    for (let n = 0; n < SAVED_RESPONSE_LIMITS.perBoard; n++) {
      await addSavedResponse(ctx, grace, 'default', { title: `Answer ${n}`, text: 'Text' });
    }
    await expect(
      addSavedResponse(ctx, grace, 'default', { title: 'One more', text: 'Text' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await listSavedResponses(ctx, grace, 'default')).savedResponses).toHaveLength(
      SAVED_RESPONSE_LIMITS.perBoard,
    );
  });

  it('holds the title and the limit when two IT members add at once', async () => {
    const { ctx } = itDomain();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => addSavedResponse(ctx, grace, 'default', thanks)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status === 'rejected')) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(ValidationError);
    }
    expect((await listSavedResponses(ctx, grace, 'default')).savedResponses).toHaveLength(1);
  });
});
