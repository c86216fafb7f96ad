import type { DemoIdea } from '../demoIdea.js';

export const SALES: readonly DemoIdea[] = [
  {
    title: 'Mobile CRM that works offline',
    description:
      'Visiting farms and rural stores I often have no signal, so I take notes on paper and type them in at ' +
      'night. An offline mode for the CRM app would save that double work.',
    area: 'Sales',
    tags: ['crm', 'mobile', 'offline'],
    author: 'isaiah.langer',
    daysAgo: 100,
    votes: 16,
    itPartner: 'alex.wilber',
    sponsor: 'hugo.lambert',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 3 },
    expected: { kind: 'hours_saved_per_month', amount: 60, note: 'Evenings spent retyping visit notes' },
    comments: [
      { by: 'hugo.lambert', after: 0.4, text: 'The whole northern region has the same problem.' },
      {
        by: 'yuki.tanaka',
        after: 3,
        text: 'Also useful at trade fairs abroad, where the hall Wi-Fi never works.',
      },
    ],
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'The CRM app has an offline profile we never switched on. Testing it.',
      },
      {
        after: 14,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: offline profile for accounts, contacts and visit notes.',
      },
      {
        after: 45,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Piloting with the northern region; photos sync once you are back online.',
      },
    ],
  },
  {
    title: 'A shared channel with our top distributors',
    description:
      'We email spreadsheets back and forth with our three biggest distributors every day. A Teams shared ' +
      'channel would keep orders, questions and files in one place both sides can see.',
    area: 'Sales',
    tags: ['teams', 'partners'],
    author: 'enrico.cattaneo',
    daysAgo: 140,
    votes: 5,
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 3, effort: 1 },
    expected: { kind: 'hours_saved_per_month', amount: 25, note: 'Email with distributors' },
    measured: {
      after: 45,
      kind: 'hours_saved_per_month',
      amount: 30,
      note: 'Email threads with the three distributors fell by two thirds',
    },
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Yes. We need to allow B2B direct connect with their tenants first.',
      },
      {
        after: 9,
        by: 'nestor.wilke',
        status: 'delivered',
        response: 'Done: shared channels with all three distributors are open.',
      },
    ],
  },
  {
    title: 'Quote builder that knows current prices and lead times',
    description:
      'A quote for a cold room takes two days because prices, options and lead times live in three places. ' +
      'A quote builder that pulls them together would let us answer a customer the same day.',
    area: 'Sales',
    tags: ['quotes', 'crm', 'pricing'],
    author: 'allan.deyoung',
    daysAgo: 33,
    votes: 29,
    itPartner: 'alex.wilber',
    sponsor: 'hugo.lambert',
    classification: { sourcing: 'core', recommendation: 'build', value: 5, effort: 4 },
    comments: [
      {
        by: 'enrico.cattaneo',
        after: 0.3,
        text: 'We lost the Nordlicht tender last month on response time.',
      },
      {
        by: 'lidia.holloway',
        after: 2,
        text: 'Product management can own the option rules if IT builds the tool.',
      },
      { by: 'isaiah.langer', after: 5, text: 'Please make it work on a tablet at the customer’s site.' },
    ],
    steps: [
      {
        after: 3,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'In FY27 Q1 planning. We are sizing it against the CPQ module of our CRM.',
      },
    ],
  },
  {
    title: 'Price list as a searchable page instead of a 40-page PDF',
    description:
      'The price list is a PDF that changes every quarter, and half of us use an old copy. A searchable page ' +
      'with the current prices would stop quotes going out at last year’s prices.',
    area: 'Sales',
    tags: ['pricing', 'sharepoint'],
    author: 'enrico.cattaneo',
    daysAgo: 178,
    votes: 8,
    itPartner: 'alex.wilber',
    classification: { sourcing: 'core', recommendation: 'keep_in_house', value: 4, effort: 2 },
    expected: { kind: 'hours_saved_per_month', amount: 15, note: 'Corrected quotes' },
    steps: [
      {
        after: 4,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned on top of the product data we already keep for the web shop.',
      },
      {
        after: 30,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Building it on the product data hub; first version for cold rooms.',
      },
    ],
  },
  {
    title: 'Sync trade-show leads straight into the CRM',
    description:
      'After every trade show someone types 300 business cards into the CRM, and the leads are two weeks cold ' +
      'by then. Scanning badges straight into the CRM would let sales call the same week.',
    area: 'Sales',
    tags: ['crm', 'events', 'leads'],
    author: 'owen.gallagher',
    daysAgo: 22,
    votes: 5,
  },
  {
    title: 'Commission statements people can check themselves',
    description:
      'Reps get one commission number a month and dispute it by email. A statement that shows the deals behind ' +
      'the number would end most of those disputes before they start.',
    area: 'Sales',
    tags: ['commission', 'reporting'],
    author: 'hugo.lambert',
    daysAgo: 68,
    votes: 6,
    itPartner: 'alex.wilber',
    sponsor: 'lee.gu',
    steps: [
      {
        after: 6,
        by: 'alex.wilber',
        status: 'declined',
        response: 'Not now in the ERP — but Finance can share the statements today.',
        decline: {
          constraint: 'capacity',
          rule: 'FY26 Enterprise Apps roadmap: the ERP upgrade has all ERP capacity until June',
          pathToYes:
            'Finance can publish the monthly commission report to each rep’s OneDrive folder from the existing report today; a self-service view is on the list for after the ERP upgrade.',
        },
      },
      {
        after: 16,
        by: 'alex.wilber',
        status: 'planned',
        response:
          'Fair point, and we found a way without the ERP team: a Power BI report on the commission extract, where each rep sees their own deals.',
      },
    ],
    appeal: {
      after: 9,
      reason:
        'A shared report still shows only the number, not the deals behind it — the disputes will go on.',
    },
  },
];
