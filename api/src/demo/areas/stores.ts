import type { DemoIdea } from '../demoIdea.js';

export const STORES: readonly DemoIdea[] = [
  {
    title: 'Power BI dashboard for store footfall',
    description:
      'Store leads get footfall numbers as a weekly PDF. A live dashboard per store, with last year for ' +
      'comparison, would let us plan staff rotas around the real peaks.',
    area: 'Stores',
    tags: ['power-bi', 'retail', 'dashboards'],
    author: 'adele.vance',
    daysAgo: 26,
    votes: 9,
    itPartner: 'alex.wilber',
    sponsor: 'rosa.alvarez',
    classification: { sourcing: 'core', recommendation: 'build', value: 5, effort: 3 },
    comments: [
      { by: 'lee.gu', after: 0.5, text: 'Finance would use this too for the store P&L reviews.' },
      {
        by: 'nadia.petrova',
        after: 2,
        text: 'The counters send data every 15 minutes; I can help with the model.',
      },
    ],
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'In FY27 Q1 planning. The data is there; sizing the work with Nadia.',
      },
    ],
  },
  {
    title: 'Kiosk tablets for frontline shift swaps',
    description:
      'Store staff swap shifts on paper in the break room. A shared tablet with the Shifts app would make swaps ' +
      'visible to managers right away.',
    area: 'Stores',
    tags: ['shifts', 'frontline', 'tablets'],
    author: 'adele.vance',
    daysAgo: 4,
    votes: 4,
  },
  {
    title: 'Stock check for other stores from the till',
    description:
      'When an item is out of stock we phone other stores to find one. Seeing the other stores’ stock on the ' +
      'till would let us reserve it for the customer while they wait.',
    area: 'Stores',
    tags: ['retail', 'inventory', 'pos'],
    author: 'marcus.reid',
    daysAgo: 135,
    votes: 8,
    itPartner: 'alex.wilber',
    sponsor: 'rosa.alvarez',
    classification: { sourcing: 'core', recommendation: 'keep_in_house', value: 4, effort: 2 },
    expected: { kind: 'hours_saved_per_month', amount: 25, note: 'Calls between stores' },
    measured: {
      after: 75,
      kind: 'hours_saved_per_month',
      amount: 28,
      note: 'Calls between stores, all seven stores',
    },
    comments: [{ by: 'rosa.alvarez', after: 1, text: 'We lose sales every week because of this.' }],
    steps: [
      {
        after: 2,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'The till and the stock system talk already; checking what it takes to show it.',
      },
      {
        after: 8,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: a stock lookup button on the till, with reserve-for-customer.',
      },
      {
        after: 40,
        by: 'alex.wilber',
        status: 'delivered',
        response: 'On every till: look up another store’s stock and reserve the item.',
      },
    ],
  },
];
