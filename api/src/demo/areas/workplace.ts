import type { DemoIdea } from '../demoIdea.js';

export const WORKPLACE: readonly DemoIdea[] = [
  {
    title: 'Self-service VPN access for contractors',
    description:
      'Every new contractor waits three to five days for VPN access because the request goes through three ' +
      'inboxes. A form in Teams that the sponsoring manager approves would get them productive on day one.',
    area: 'Workplace & IT',
    tags: ['vpn', 'onboarding', 'contractors'],
    author: 'diego.siciliani',
    daysAgo: 43,
    votes: 21,
    itPartner: 'alex.wilber',
    sponsor: 'isabel.ortega',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    expected: { kind: 'hours_saved_per_month', amount: 60, note: 'Contractor days lost waiting for access' },
    comments: [
      {
        by: 'nestor.wilke',
        after: 0.5,
        text: 'We can do this with access packages in Entra ID. Looking at licensing now.',
      },
      {
        by: 'lidia.holloway',
        after: 1,
        text: 'Yes please — our last two contractors lost most of their first week.',
      },
    ],
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Looking at Entra ID access packages for this.',
      },
      {
        after: 6,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: access packages with manager approval, next quarter.',
      },
    ],
  },
  {
    title: 'Password manager for every employee',
    description:
      'Half of my team keeps passwords in a spreadsheet. A company password manager with shared vaults for team ' +
      'accounts would be safer than anything we can do by policy alone.',
    area: 'Workplace & IT',
    tags: ['passwords', 'security'],
    author: 'lynne.robbins',
    daysAgo: 55,
    votes: 30,
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 5, effort: 2 },
    comments: [
      { by: 'elena.popescu', after: 0.2, text: 'Our auditors would be very happy to see this.' },
      { by: 'debra.berger', after: 1, text: 'I manage 30 shared logins for the leadership team. Please.' },
    ],
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'Security agrees. Comparing three vendors.',
      },
      {
        after: 10,
        by: 'nestor.wilke',
        status: 'in_progress',
        response: 'Rolling out to IT first, then everyone, team by team.',
      },
    ],
  },
  {
    title: 'Laptop refresh every three years instead of five',
    description:
      'Our engineering laptops are five years old and compiling the plant models takes 40 minutes. A three-year ' +
      'cycle for engineering roles would pay for itself in waiting time.',
    area: 'Workplace & IT',
    tags: ['laptops', 'engineering', 'devices'],
    author: 'johanna.lorenz',
    daysAgo: 33,
    votes: 25,
    comments: [
      { by: 'hannah.schulz', after: 0.5, text: 'Same for quality engineering — our CAD viewer crawls.' },
      { by: 'felix.wagner', after: 7, text: 'Six weeks for a laptop is longer than the project it is for.' },
    ],
    steps: [
      {
        after: 4,
        by: 'nestor.wilke',
        status: 'declined',
        response: 'Not across the board — but there is a faster way for engineering roles today.',
        decline: {
          constraint: 'cost',
          rule: 'Hardware lifecycle standard HW-2: five-year refresh for standard laptops',
          pathToYes:
            'Engineering roles can ask for the performance tier now with the hardware exception form; the refresh cycle is up for review in the FY27 budget.',
        },
      },
    ],
    appeal: {
      after: 6,
      reason: 'The exception form takes six weeks. Plant engineers need a faster path than that.',
    },
  },
  {
    title: 'Guest Wi-Fi that works without calling reception',
    description:
      'Visitors have to ask reception for a code, which changes daily. A self-service portal with email ' +
      'verification would save reception a dozen calls a day.',
    area: 'Workplace & IT',
    tags: ['wifi', 'visitors'],
    author: 'megan.bowen',
    daysAgo: 64,
    votes: 4,
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'declined',
        response: 'Not as self-service yet, but reception can do this in seconds today.',
        decline: {
          constraint: 'security',
          rule: 'Network Access Policy NA-4 §2: guest access must be sponsored',
          pathToYes:
            'Reception can issue a QR code per visitor from the Visitor app now; self-service with email verification is on the FY27 network roadmap.',
        },
      },
    ],
  },
  {
    title: 'One place to see all approvals waiting for me',
    description:
      'Purchase orders, leave requests, contract reviews and access requests each live in a different system. ' +
      'A single approvals list in Teams would stop things waiting because I never saw them.',
    area: 'Workplace & IT',
    tags: ['approvals', 'teams'],
    author: 'lee.gu',
    daysAgo: 110,
    votes: 26,
    itPartner: 'alex.wilber',
    sponsor: 'patti.fernandez',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 5, effort: 3 },
    expected: {
      kind: 'hours_saved_per_month',
      amount: 45,
      note: 'Approvals that wait because nobody saw them',
    },
    comments: [
      { by: 'patti.fernandez', after: 1, text: 'This is a big one for the leadership team.' },
      {
        by: 'alex.wilber',
        after: 1.5,
        text: 'The Approvals app in Teams can connect most of these. Let us map the systems.',
      },
    ],
    steps: [
      {
        after: 2,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned with the Approvals app in Teams: purchase orders and leave first.',
      },
    ],
  },
  {
    title: 'Book meeting rooms from the Teams calendar on phones',
    description:
      'On the shop floor we only have phones. Room booking works on laptops but the room list does not show up ' +
      'in the Teams mobile calendar, so people walk around looking for a free room.',
    area: 'Workplace & IT',
    tags: ['rooms', 'mobile'],
    author: 'johanna.lorenz',
    daysAgo: 12,
    votes: 5,
  },
];
