import { describe, expect, it } from 'vitest';
import { castVote, mergeIdea, moveFollowers, submitIdea } from '../../core/src/index.js';
import { memoryNotifications } from '@ideabar/core/testing';
import { ada, domain, grace, ideaInput, voter } from '../support/domain.js';

function fixture() {
  const { ctx } = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
  return { ctx, followers: memoryNotifications().followers };
}

describe('merging moves followers', () => {
  it('the duplicate’s followers follow the idea it was merged into, and no longer the duplicate', async () => {
    const { ctx, followers } = fixture();
    const kept = await submitIdea(ctx, ada, ideaInput('Self-service VPN'));
    const duplicate = await submitIdea(ctx, ada, ideaInput('VPN without a ticket'));
    for (const n of [1, 2]) await followers.set('contoso', duplicate.id, voter(n).userId, true);
    await followers.set('contoso', kept.id, voter(2).userId, true);
    await castVote(ctx, voter(1), duplicate.id);

    await mergeIdea(ctx, grace, duplicate.id, { into: kept.id, response: 'Same idea.' });
    expect(await moveFollowers(ctx, followers, 'contoso', duplicate.id)).toEqual(['voter-1', 'voter-2']);

    expect(await followers.list('contoso', kept.id)).toEqual(['voter-1', 'voter-2']);
    expect(await followers.list('contoso', duplicate.id)).toEqual([]);
    // Repeating it moves nobody and changes nothing.
    expect(await moveFollowers(ctx, followers, 'contoso', duplicate.id)).toEqual([]);
    expect(await followers.list('contoso', kept.id)).toEqual(['voter-1', 'voter-2']);
  });

  it('moves nobody from an idea that is no duplicate, or does not exist', async () => {
    const { ctx, followers } = fixture();
    const idea = await submitIdea(ctx, ada, ideaInput('Self-service VPN'));
    await followers.set('contoso', idea.id, 'voter-1', true);
    expect(await moveFollowers(ctx, followers, 'contoso', idea.id)).toEqual([]);
    expect(await moveFollowers(ctx, followers, 'contoso', '01JDNOTHERE')).toEqual([]);
    expect(await followers.list('contoso', idea.id)).toEqual(['voter-1']);
  });
});
