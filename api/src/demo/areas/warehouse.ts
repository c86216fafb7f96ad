import type { DemoIdea } from '../demoIdea.js';

export const WAREHOUSE: readonly DemoIdea[] = [
  {
    title: 'Scan pallets with phones instead of the old handheld scanners',
    description:
      'Our handheld scanners are eight years old and three of twelve are broken. Scanning with a phone app ' +
      'would be cheaper than new scanners and everyone already knows how to use a phone.',
    area: 'Warehouse & logistics',
    tags: ['scanning', 'devices', 'mobile'],
    author: 'irvin.sayers',
    daysAgo: 240,
    votes: 20,
    comments: [
      { by: 'daniel.kowalczyk', after: 0.5, text: 'Anything is better than waiting for a working scanner.' },
      {
        by: 'irvin.sayers',
        after: 8,
        text: 'We took the pilot: ten rugged phones on the inbound dock from next week.',
      },
    ],
    steps: [
      {
        after: 5,
        by: 'alex.wilber',
        status: 'declined',
        response: 'Not on personal phones — but managed rugged phones can start this month.',
        decline: {
          constraint: 'security',
          rule: 'Mobile Device Standard MD-2: warehouse scanning runs on managed rugged devices only',
          pathToYes:
            'Managed Android phones in rugged cases meet MD-2: IT can enrol ten for a pilot on the inbound dock now, and replace the handhelds as they fail.',
        },
      },
    ],
  },
  {
    title: 'Dock booking for carriers',
    description:
      'Carriers arrive whenever they like and queue at gate 2 for up to two hours. A booking page where they ' +
      'pick a slot would spread the arrivals and let us plan the unloading crew.',
    area: 'Warehouse & logistics',
    tags: ['logistics', 'scheduling', 'carriers'],
    author: 'lars.eriksen',
    daysAgo: 130,
    votes: 9,
    itPartner: 'nestor.wilke',
    sponsor: 'irvin.sayers',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 3 },
    expected: { kind: 'hours_saved_per_month', amount: 50, note: 'Waiting and overtime at the dock' },
    steps: [
      {
        after: 3,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'Comparing two dock scheduling services with Logistics.',
      },
      {
        after: 18,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Planned with the service that our two biggest carriers already use elsewhere.',
      },
      {
        after: 50,
        by: 'nestor.wilke',
        status: 'in_progress',
        response: 'Carriers are being invited; bookings are open for gate 2.',
      },
    ],
  },
  {
    title: 'Cycle count app that flags differences at once',
    description:
      'We count stock on paper and find the differences days later, when nobody remembers what happened. An ' +
      'app that compares the count with the system on the spot would let us recount straight away.',
    area: 'Warehouse & logistics',
    tags: ['inventory', 'mobile'],
    author: 'amara.okafor',
    daysAgo: 85,
    votes: 5,
    itPartner: 'alex.wilber',
    classification: { sourcing: 'core', recommendation: 'keep_in_house', value: 3, effort: 2 },
    steps: [
      {
        after: 6,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'The warehouse module has a counting app; checking it works on the new rugged phones.',
      },
      {
        after: 20,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned for after the rugged phones are rolled out.',
      },
    ],
  },
  {
    title: 'Pick lists sorted by walking route',
    description:
      'Pick lists come sorted by item number, so pickers cross the warehouse several times per order. Sorting ' +
      'them by location would make every pick round shorter.',
    area: 'Warehouse & logistics',
    tags: ['picking', 'efficiency'],
    author: 'daniel.kowalczyk',
    daysAgo: 4,
    votes: 4,
  },
  {
    title: 'Carrier tracking links in the order confirmation',
    description:
      'Customers call Support to ask where their delivery is. A tracking link in the dispatch email would let ' +
      'them check for themselves.',
    area: 'Warehouse & logistics',
    tags: ['customers', 'email', 'logistics'],
    author: 'lars.eriksen',
    daysAgo: 180,
    votes: 7,
    itPartner: 'alex.wilber',
    sponsor: 'lynne.robbins',
    classification: { sourcing: 'core', recommendation: 'keep_in_house', value: 3, effort: 1 },
    expected: { kind: 'hours_saved_per_month', amount: 35, note: '“Where is my order?” calls to Support' },
    measured: {
      after: 50,
      kind: 'hours_saved_per_month',
      amount: 40,
      note: '“Where is my order?” calls down by a third',
    },
    comments: [{ by: 'kenji.watanabe', after: 1, text: 'Please! These are a third of our calls.' }],
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Quick one: the carriers’ tracking numbers are already in the shipment record.',
      },
      {
        after: 14,
        by: 'alex.wilber',
        status: 'delivered',
        response: 'Dispatch emails now carry a tracking link for every carrier we use.',
      },
    ],
  },
  {
    title: 'Forklift pre-shift checks on a tablet',
    description:
      'Forklift drivers tick a paper checklist before each shift, and the sheets end up in a drawer. A checklist ' +
      'on a tablet would flag a failed brake check to the supervisor at once.',
    area: 'Warehouse & logistics',
    tags: ['safety', 'checklists', 'tablets'],
    author: 'omar.siddiqui',
    daysAgo: 26,
    votes: 8,
    comments: [
      {
        by: 'irvin.sayers',
        after: 2,
        text: 'We had a near miss with a soft brake in the autumn. This matters.',
      },
    ],
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'In the FY27 Q1 cycle. Power Apps on the rugged phones could do it without new hardware.',
      },
    ],
  },
];
