import type { DemoIdea } from '../demoIdea.js';

export const LEGAL: readonly DemoIdea[] = [
  {
    title: 'Contract repository with renewal reminders',
    description:
      'Signed contracts live in email folders and a shared drive, and we keep missing notice periods. One ' +
      'repository that reminds the owner 90 days before a renewal would stop unwanted auto-renewals.',
    area: 'Legal',
    tags: ['contracts', 'renewals'],
    author: 'fatima.haddad',
    daysAgo: 250,
    votes: 12,
    itPartner: 'alex.wilber',
    sponsor: 'emily.braun',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    expected: { kind: 'cost_saved', amount: 25_000, note: 'Unwanted auto-renewals per year' },
    measured: {
      after: 150,
      kind: 'cost_saved',
      amount: 41_000,
      note: 'Three unwanted auto-renewals caught in the first half year',
    },
    comments: [
      {
        by: 'christie.cline',
        after: 1,
        text: 'We paid for a year of a tool nobody used last spring because of this.',
      },
    ],
    steps: [
      {
        after: 3,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Looking at the contract management features of our document platform.',
      },
      {
        after: 15,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: a contracts library with reminders.',
      },
      {
        after: 40,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Legal is moving the active contracts in; reminders go to each contract’s owner.',
      },
      {
        after: 90,
        by: 'alex.wilber',
        status: 'delivered',
        response: 'Every active contract is in the library, with its owner and notice date.',
      },
    ],
  },
  {
    title: 'Self-service NDA for sales',
    description:
      'Sales asks Legal for a standard NDA about ten times a week. A form that fills our template and sends it ' +
      'for signature would leave Legal only the non-standard ones.',
    area: 'Legal',
    tags: ['nda', 'templates', 'signatures'],
    author: 'emily.braun',
    daysAgo: 58,
    votes: 7,
    itPartner: 'alex.wilber',
    sponsor: 'emily.braun',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 3, effort: 1 },
    expected: { kind: 'hours_saved_per_month', amount: 20, note: 'Standard NDAs drafted by Legal' },
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'The signing service we rolled out for suppliers can do this too.',
      },
      {
        after: 5,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: a Teams form that fills the NDA template and sends it for signature.',
      },
    ],
  },
  {
    title: 'AI to review supplier contracts',
    description:
      'Reviewing a supplier’s terms against our standard takes hours per contract. An AI tool that highlights ' +
      'where their terms differ from ours would let us focus on the clauses that matter.',
    area: 'Legal',
    tags: ['ai', 'contracts'],
    author: 'fatima.haddad',
    daysAgo: 35,
    votes: 5,
    steps: [
      {
        after: 8,
        by: 'alex.wilber',
        status: 'declined',
        response: 'Not a new AI tool yet — the approved one can do much of this today.',
        decline: {
          constraint: 'security',
          rule: 'AI Use Standard AI-1: confidential documents only in approved AI services within our tenant',
          pathToYes:
            'Copilot in Word is approved under AI-1 and can compare a supplier’s contract with our template today. A dedicated review tool can be proposed to the AI board, which meets next in May.',
        },
      },
    ],
  },
  {
    title: 'Legal hold without emailing IT',
    description:
      'When we need to preserve someone’s mailbox for a dispute, we email IT and wait. Legal should be able to ' +
      'place a hold itself, with a record of who did it.',
    area: 'Legal',
    tags: ['ediscovery', 'compliance'],
    author: 'emily.braun',
    daysAgo: 140,
    votes: 2,
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 3, effort: 1 },
    expected: { kind: 'hours_saved_per_month', amount: 5, note: 'Hold requests handled by IT' },
    measured: { after: 30, kind: 'hours_saved_per_month', amount: 6, note: 'No hold requests to IT since' },
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Yes: it is a role in our compliance portal.',
      },
      {
        after: 11,
        by: 'nestor.wilke',
        status: 'delivered',
        response: 'Legal now has the eDiscovery role and places holds itself; every hold is audited.',
      },
    ],
  },
  {
    title: 'Policy library everyone can search',
    description:
      'Our policies are PDFs in five places, some of them out of date. One searchable library with the current ' +
      'version of each policy and its owner would answer most “are we allowed to…” questions.',
    area: 'Legal',
    tags: ['policies', 'sharepoint', 'search'],
    author: 'elena.popescu',
    daysAgo: 4,
    votes: 2,
  },
];
