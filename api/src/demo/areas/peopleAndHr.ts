import type { DemoIdea } from '../demoIdea.js';

export const PEOPLE_AND_HR: readonly DemoIdea[] = [
  {
    title: 'Onboarding checklist bot for new hires',
    description:
      'New hires get a 12-page PDF. A bot in Teams that walks them through the first two weeks — accounts, ' +
      'training, who to meet — would make the first days far less confusing.',
    area: 'People & HR',
    tags: ['onboarding', 'bot'],
    author: 'diego.siciliani',
    daysAgo: 1,
    votes: 3,
    comments: [
      {
        by: 'miriam.graham',
        after: 0.3,
        text: 'Candidates ask about exactly this in interviews. It would be a nice thing to show them.',
      },
    ],
  },
  {
    title: 'Single sign-on for the learning portal',
    description:
      'The learning portal has its own password, so most people never log in and miss mandatory training. ' +
      'Signing in with our work account would raise completion without any reminder emails.',
    area: 'People & HR',
    tags: ['sso', 'learning'],
    author: 'leila.farahani',
    daysAgo: 230,
    votes: 8,
    itPartner: 'nestor.wilke',
    expected: { kind: 'other', amount: null, note: 'More people finish mandatory training' },
    measured: {
      after: 60,
      kind: 'other',
      amount: null,
      note: 'Completion rose from 61% to 88% in one quarter',
    },
    steps: [
      {
        after: 1.5,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Easy win: the vendor supports our sign-in.',
      },
      { after: 5, by: 'nestor.wilke', status: 'in_progress', response: 'Testing with HR this week.' },
      {
        after: 20,
        by: 'nestor.wilke',
        status: 'delivered',
        response: 'Done: sign in with your work account.',
      },
    ],
    comments: [
      { by: 'omar.siddiqui', after: 22, text: 'Safety training completion is up already. Thank you!' },
    ],
  },
  {
    title: 'Payslips in the Teams mobile app',
    description:
      'Plant and warehouse staff have no laptop, so Payroll emails payslips on request — about 150 a month. ' +
      'Payslips in the Teams app on their phones would make that unnecessary.',
    area: 'People & HR',
    tags: ['payroll', 'mobile', 'frontline'],
    author: 'joni.sherman',
    daysAgo: 160,
    votes: 22,
    itPartner: 'alex.wilber',
    sponsor: 'diego.siciliani',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    expected: {
      kind: 'hours_saved_per_month',
      amount: 20,
      note: '“Please send my payslip” requests to Payroll',
    },
    measured: { after: 80, kind: 'hours_saved_per_month', amount: 26, note: 'Payroll requests fell by 90%' },
    comments: [
      { by: 'daniel.kowalczyk', after: 0.5, text: 'Yes! I still get mine printed at the gatehouse.' },
      { by: 'felix.wagner', after: 1, text: 'Half my team would use this on day one.' },
      {
        by: 'alex.wilber',
        after: 30,
        text: 'The payroll provider has a Teams app; we are testing it with the warehouse in January.',
      },
    ],
    steps: [
      {
        after: 2,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Checking what our payroll provider offers.',
      },
      {
        after: 9,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: the provider’s Teams app, signed in with the work account.',
      },
      { after: 25, by: 'alex.wilber', status: 'in_progress', response: 'Pilot with the warehouse.' },
      {
        after: 48,
        by: 'alex.wilber',
        status: 'delivered',
        response: 'Live for everyone: Payslips in the Teams app bar.',
      },
    ],
  },
  {
    title: 'Anonymous pulse survey every month',
    description:
      'We run one engagement survey a year and the results arrive when the problems are old. A short anonymous ' +
      'pulse survey each month would show us what is changing while we can still act.',
    area: 'People & HR',
    tags: ['survey', 'engagement'],
    author: 'isabel.ortega',
    daysAgo: 75,
    votes: 7,
    steps: [
      {
        after: 3,
        by: 'alex.wilber',
        status: 'declined',
        response: 'Not a new tool and not monthly yet — there is a route that works today.',
        decline: {
          constraint: 'compliance',
          rule: 'Works council agreement WC-2021-04: employee surveys are agreed with the works council',
          pathToYes:
            'HR can run pulse surveys now through the survey programme the works council already agreed. A monthly cadence needs the council’s sign-off; HR has put it on the March agenda.',
        },
      },
    ],
    comments: [
      {
        by: 'diego.siciliani',
        after: 4,
        text: 'Fair. I will bring the proposal to the works council with the questions we want to ask.',
      },
    ],
  },
  {
    title: 'Interview scheduling that finds a slot for the whole panel',
    description:
      'Setting up a panel interview takes me up to twenty emails. A scheduling page that sees the panel’s ' +
      'calendars and offers the candidate free slots would cut a week from hiring.',
    area: 'People & HR',
    tags: ['recruiting', 'calendar'],
    author: 'miriam.graham',
    daysAgo: 28,
    votes: 7,
    steps: [
      {
        after: 12,
        by: 'alex.wilber',
        status: 'under_review',
        response:
          'Sorry for the wait. Microsoft Bookings can do most of this; we are checking it with two hiring managers.',
      },
    ],
  },
  {
    title: 'Leave balance visible in Teams',
    description:
      'To see how many days off I have left I have to log into the HR system on a laptop. Showing the balance ' +
      'in Teams, next to the leave request, would save HR a lot of questions.',
    area: 'People & HR',
    tags: ['leave', 'teams'],
    author: 'isabel.ortega',
    daysAgo: 3,
    votes: 2,
  },
];
