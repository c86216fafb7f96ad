import type { DemoIdea } from '../demoIdea.js';

export const FINANCE: readonly DemoIdea[] = [
  {
    title: 'Automate expense receipts with a photo',
    description:
      'Scanning receipts, renaming the files and attaching them to the expense form takes me an hour a month. ' +
      'Taking a photo in the app and having the amount, date and vendor read automatically would remove most of it.',
    area: 'Finance',
    tags: ['expenses', 'ai', 'mobile'],
    author: 'pradeep.gupta',
    daysAgo: 9,
    votes: 24,
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    itPartner: 'alex.wilber',
    comments: [
      {
        by: 'grady.archie',
        after: 0.2,
        text: 'Same pain in Accounts Payable with supplier receipts that come in on paper.',
      },
      {
        by: 'isaiah.langer',
        after: 1,
        text: 'Field sales would save far more than an hour — I keep a shoebox of fuel receipts in the car.',
      },
    ],
    steps: [
      {
        after: 1.2,
        by: 'alex.wilber',
        status: 'under_review',
        response:
          'In the FY27 Q1 cycle. Our expense tool has a receipt-scanning add-on; we are checking what it costs per user.',
      },
    ],
  },
  {
    title: 'Digital signatures for supplier contracts',
    description:
      'Supplier contracts are still printed, signed, scanned and emailed. Digital signatures would cut the cycle ' +
      'from a week to a day and stop contracts getting stuck on someone’s desk.',
    area: 'Finance',
    tags: ['contracts', 'signatures', 'procurement'],
    author: 'lee.gu',
    daysAgo: 205,
    votes: 31,
    itPartner: 'alex.wilber',
    sponsor: 'fatima.haddad',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    expected: { kind: 'cost_saved', amount: 10_000, note: 'Courier and printing per year' },
    measured: { after: 120, kind: 'cost_saved', amount: 12_500, note: 'First year, courier and printing' },
    comments: [
      {
        by: 'priya.raman',
        after: 0.5,
        text: 'Procurement would love this. Two suppliers already asked us to sign electronically.',
      },
      {
        by: 'fatima.haddad',
        after: 2,
        text: 'Legal is fine with it as long as the signing service keeps an audit trail.',
      },
    ],
    steps: [
      {
        after: 3,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Yes — we already license a signing service through our Microsoft agreement.',
      },
      {
        after: 30,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Templates for the top ten suppliers first, then everyone.',
      },
      { after: 75, by: 'alex.wilber', status: 'delivered', response: 'Live for all supplier contracts.' },
    ],
  },
  {
    title: 'Month-end close checklist in Planner instead of a spreadsheet',
    description:
      'The close checklist is a spreadsheet that six of us edit at once, and it breaks every month. A Planner ' +
      'board with due dates per task would show who is blocked without a status meeting.',
    area: 'Finance',
    tags: ['close', 'planner'],
    author: 'christie.cline',
    daysAgo: 150,
    votes: 5,
    itPartner: 'alex.wilber',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 3, effort: 1 },
    expected: { kind: 'hours_saved_per_month', amount: 12, note: 'Status meetings during the close' },
    steps: [
      {
        after: 2,
        by: 'alex.wilber',
        status: 'planned',
        response:
          'Good fit for Planner, which everyone already has. We will build a template with the close team in the quiet week after the quarter.',
      },
    ],
  },
  {
    title: 'Match supplier invoices to purchase orders automatically',
    description:
      'Accounts Payable matches every invoice line to the purchase order and the goods receipt by hand. The ERP ' +
      'can do a three-way match; we only need to look at the exceptions.',
    area: 'Finance',
    tags: ['erp', 'accounts-payable', 'automation'],
    author: 'grady.archie',
    daysAgo: 120,
    votes: 13,
    itPartner: 'alex.wilber',
    sponsor: 'christie.cline',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 5, effort: 3 },
    expected: { kind: 'hours_saved_per_month', amount: 40, note: 'Manual matching in Accounts Payable' },
    comments: [
      { by: 'christie.cline', after: 1, text: 'This would also shorten the close by a day.' },
      {
        by: 'alex.wilber',
        after: 21,
        text: 'The module is part of our ERP licence. The work is cleaning up tolerances per supplier.',
      },
    ],
    steps: [
      {
        after: 4,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Checking whether the ERP’s matching module is in our licence.',
      },
      {
        after: 20,
        by: 'alex.wilber',
        status: 'planned',
        response: 'It is. Planned for after the ERP patch in the spring.',
      },
      {
        after: 60,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Running in parallel with manual matching for the twenty biggest suppliers.',
      },
    ],
  },
  {
    title: 'Live cash position dashboard for treasury',
    description:
      'Every morning I log into four banks and copy balances into a spreadsheet. A dashboard that pulls the ' +
      'balances automatically would give us the cash position before 9 instead of after 11.',
    area: 'Finance',
    tags: ['treasury', 'banking', 'dashboards'],
    author: 'grace.liu',
    daysAgo: 62,
    votes: 4,
    steps: [
      {
        after: 9,
        by: 'alex.wilber',
        status: 'declined',
        response:
          'Not as a connection of our own to each bank — but you can have the dashboard today in a tool we already pay for.',
        decline: {
          constraint: 'compliance',
          rule: 'Treasury Policy TP-3: bank connections only through the approved bank connectivity provider',
          pathToYes:
            'The bank connectivity provider we already use has a cash position dashboard; Treasury can switch it on in its own portal today. A Power BI view on top of it comes with the FY27 data platform.',
        },
      },
    ],
    comments: [
      {
        by: 'grace.liu',
        after: 10,
        text: 'Switched it on — three of the four banks show up already. Thanks for the pointer.',
      },
    ],
  },
  {
    title: 'Approve purchase requests from Teams on my phone',
    description:
      'I am on the road most of the week and purchase requests wait until I am back at a laptop. Approving them ' +
      'from Teams on my phone would stop orders sitting for days.',
    area: 'Finance',
    tags: ['approvals', 'mobile', 'teams'],
    author: 'hugo.lambert',
    daysAgo: 95,
    votes: 4,
    mergedInto: {
      title: 'One place to see all approvals waiting for me',
      after: 2,
      by: 'alex.wilber',
      response:
        'The same idea as "One place to see all approvals waiting for me", which is planned: merged, so your votes count there.',
    },
  },
];
