import type { DemoIdea } from '../demoIdea.js';

export const CUSTOMER_SUPPORT: readonly DemoIdea[] = [
  {
    title: 'Translate customer chats live',
    description:
      'We get more and more chats in Spanish, Polish and Portuguese. Live translation inside the support ' +
      'console would let any agent answer instead of waiting for the two colleagues who speak them.',
    area: 'Customer support',
    tags: ['translation', 'chat', 'ai'],
    author: 'lynne.robbins',
    daysAgo: 3,
    votes: 14,
    comments: [
      {
        by: 'isaiah.langer',
        after: 0.2,
        text: 'Sales would love the same in Teams chats with distributors.',
      },
      { by: 'sofia.marin', after: 0.5, text: 'I answer the Spanish ones after my shift today. Please!' },
    ],
  },
  {
    title: 'One customer view across orders, service visits and invoices',
    description:
      'To answer one customer call we open the CRM, the ERP and the service system. One page with the ' +
      'customer’s orders, machines, visits and open invoices would halve the time per call.',
    area: 'Customer support',
    tags: ['crm', 'customers', 'integration'],
    author: 'lynne.robbins',
    daysAgo: 206,
    votes: 34,
    itPartner: 'alex.wilber',
    sponsor: 'patti.fernandez',
    classification: { sourcing: 'core', recommendation: 'build', value: 5, effort: 5 },
    expected: { kind: 'hours_saved_per_month', amount: 150, note: 'Time per customer call in Support' },
    comments: [
      { by: 'kenji.watanabe', after: 0.1, text: 'Three logins per call, every call.' },
      {
        by: 'patti.fernandez',
        after: 4,
        text: 'This is how every customer should experience us. I sponsor it.',
      },
      { by: 'enrico.cattaneo', after: 6, text: 'Key accounts need the same view before a visit.' },
    ],
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'In the FY26 H2 cycle. A big one: we will size it while voting runs.',
      },
      {
        after: 28,
        by: 'alex.wilber',
        status: 'planned',
        response: 'On the FY26 H2 shortlist. Planned in three releases, orders and visits first.',
      },
      {
        after: 70,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Release one (orders and service visits) is with Support for testing.',
      },
    ],
  },
  {
    title: 'Suggested answers from past tickets',
    description:
      'New agents search old tickets for how a colleague solved the same problem. Suggesting answers from ' +
      'similar solved tickets would make new agents productive in weeks instead of months.',
    area: 'Customer support',
    tags: ['ai', 'knowledge', 'tickets'],
    author: 'sofia.marin',
    daysAgo: 52,
    votes: 15,
    itPartner: 'alex.wilber',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    steps: [
      {
        after: 4,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Testing the AI assistant of our service platform on 200 closed tickets.',
      },
    ],
    comments: [
      {
        by: 'alex.wilber',
        after: 30,
        text: 'First results: good answers for half the tickets, wrong part numbers in some. Still testing.',
      },
    ],
  },
  {
    title: 'Callback instead of waiting on hold',
    description:
      'At peak times customers wait on hold for ten minutes and many hang up. Offering a callback when the ' +
      'queue is long would keep their place without the wait.',
    area: 'Customer support',
    tags: ['telephony', 'customers'],
    author: 'kenji.watanabe',
    daysAgo: 115,
    votes: 23,
    itPartner: 'nestor.wilke',
    sponsor: 'lynne.robbins',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 1 },
    expected: { kind: 'other', amount: null, note: 'Fewer abandoned calls' },
    measured: { after: 65, kind: 'other', amount: null, note: 'Abandoned calls fell from 14% to 5%' },
    steps: [
      {
        after: 3,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Our contact centre licence includes callbacks; planned with the next queue change.',
      },
      { after: 10, by: 'nestor.wilke', status: 'in_progress', response: 'Configuring the main queue.' },
      {
        after: 30,
        by: 'nestor.wilke',
        status: 'delivered',
        response: 'Live: callers are offered a callback after two minutes in the queue.',
      },
    ],
  },
  {
    title: 'Customer satisfaction survey after every closed ticket',
    description:
      'We only hear from unhappy customers when they complain. A two-question survey after each closed ticket ' +
      'would tell us how we are really doing, per agent and per product.',
    area: 'Customer support',
    tags: ['survey', 'quality'],
    author: 'kenji.watanabe',
    daysAgo: 18,
    votes: 4,
  },
  {
    title: 'Record support calls for training',
    description:
      'We would like to record calls so new agents can learn from real conversations, and so we can settle ' +
      'disputes about what was promised.',
    area: 'Customer support',
    tags: ['telephony', 'training'],
    author: 'sofia.marin',
    daysAgo: 90,
    votes: 3,
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'declined',
        response: 'Not without consent and a retention rule — both are close, so this can be a yes soon.',
        decline: {
          constraint: 'compliance',
          rule: 'Privacy Policy PP-7: call recording needs the caller’s consent and a 30-day retention',
          pathToYes:
            'Our phone system can record with an announced consent message and a 30-day policy, and Legal has the wording ready. IT switches it on for the training queue as soon as Support’s team lead signs the processing record.',
        },
      },
    ],
    comments: [{ by: 'elena.popescu', after: 3, text: 'Happy to help with the processing record.' }],
  },
];
