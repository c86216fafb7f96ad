import { describe, expect, it } from 'vitest';
import { DEMO_BOARD } from '../../../api/src/demo/demoBoard.js';
import { DEMO_IDEAS, demoIdeasOf } from '../../../api/src/demo/demoIdeas.js';
import stores from '../../../api/src/demo/areas/stores.json' with { type: 'json' };

/** The stores file with its first idea changed by `change`. */
const storesWith = (change: Record<string, unknown>) => ({
  stores: { ...stores, ideas: [{ ...stores.ideas[0], ...change }, ...stores.ideas.slice(1)] },
});

describe('the demo ideas, read from their area files', () => {
  it('files every idea under one of the board’s areas, and every area has ideas', () => {
    expect(new Set(DEMO_IDEAS.map((idea) => idea.area))).toEqual(new Set(DEMO_BOARD.areas));
    expect(DEMO_IDEAS.find((idea) => idea.title === 'Power BI dashboard for store footfall')).toMatchObject({
      area: 'Stores',
      author: 'adele.vance',
      votes: 9,
    });
  });

  it('refuses a file naming a person the demo does not have, saying which file and where', () => {
    expect(() => demoIdeasOf(storesWith({ author: 'nobody.here' }))).toThrow(
      /stores\.json .*ideas\.0\.author: not a person of the demo tenant/,
    );
  });

  it('refuses a misspelt status, an unknown field and an area the board does not have', () => {
    const step = { after: 1, by: 'alex.wilber', status: 'planed', response: 'Soon.' };
    expect(() => demoIdeasOf(storesWith({ steps: [step] }))).toThrow(/ideas\.0\.steps\.0\.status/);
    expect(() => demoIdeasOf(storesWith({ vote: 3 }))).toThrow(/stores\.json/);
    expect(() => demoIdeasOf({ stores: { ...stores, area: 'Canteen' } })).toThrow(/stores\.json .*area/);
  });
});
