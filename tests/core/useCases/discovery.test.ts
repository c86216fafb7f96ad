import { describe, expect, it } from 'vitest';
import {
  addCategory,
  boardFacets,
  findSimilarIdeas,
  listIdeas,
  mergeIdea,
  submitIdea,
  ValidationError,
} from '../../../core/src/index.js';
import { ada, domain, grace, ideaInput } from '../../support/domain.js';

describe('finding similar ideas while typing', () => {
  it('ranks ideas by the significant words they share with the title, then by votes', async () => {
    const { ctx } = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    await submitIdea(ctx, ada, ideaInput('Self-service VPN access for contractors', { tags: ['vpn'] }));
    await submitIdea(ctx, ada, ideaInput('Faster VPN on the shop floor'));
    await submitIdea(ctx, ada, ideaInput('Book rooms from phones'));
    const merged = await submitIdea(ctx, ada, ideaInput('VPN for contractors please'));
    const kept = await submitIdea(ctx, ada, ideaInput('Contractor laptops'));
    await mergeIdea(ctx, grace, merged.id, { into: kept.id, response: 'Same thing.' });

    const similar = await findSimilarIdeas(ctx, ada, { title: 'VPN access for the contractors' });
    expect(similar.map((i) => [i.title, i.similarity])).toEqual([
      ['Self-service VPN access for contractors', 1],
      ['Faster VPN on the shop floor', 0.33],
    ]);
    expect(await findSimilarIdeas(ctx, ada, { title: 'the and for' })).toEqual([]);
    const error = await findSimilarIdeas(ctx, ada, { title: '', limit: '99' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.map((f) => f.field).sort()).toEqual(['limit', 'title']);
  });
});

describe('board facets and totals', () => {
  it("offers filters from all of a board's ideas, and counts every match", async () => {
    const { ctx } = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    await addCategory(ctx, grace, 'default', { name: 'Security' });
    await addCategory(ctx, grace, 'default', { name: 'Facilities' });
    for (let n = 0; n < 3; n++) {
      await submitIdea(
        ctx,
        ada,
        ideaInput(`Security idea ${n}`, { category: 'security', tags: ['vpn', n ? 'mfa' : 'VPN'] }),
      );
    }
    const facets = await boardFacets(ctx, ada, 'default');
    expect(facets).toEqual({
      categories: [
        { name: 'Security', ideas: 3, retired: false },
        { name: 'Facilities', ideas: 0, retired: false },
      ],
      tags: [
        { name: 'vpn', ideas: 3 },
        { name: 'mfa', ideas: 2 },
      ],
      total: 3,
    });
    const page = await listIdeas(ctx, ada, { limit: '2' });
    expect([page.items.length, page.total]).toEqual([2, 3]);
  });
});
