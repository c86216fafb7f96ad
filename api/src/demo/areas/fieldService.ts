import type { DemoIdea } from '../demoIdea.js';

export const FIELD_SERVICE: readonly DemoIdea[] = [
  {
    title: 'Service history on the technician’s phone before arriving',
    description:
      'We arrive at a farm without knowing what was repaired last time, and often without the right part. ' +
      'Seeing the machine’s service history and open issues on the phone before the visit would save return trips.',
    area: 'Field service',
    tags: ['service', 'mobile', 'history'],
    author: 'raul.razo',
    daysAgo: 198,
    votes: 38,
    itPartner: 'alex.wilber',
    sponsor: 'samuel.adeyemi',
    classification: { sourcing: 'core', recommendation: 'build', value: 5, effort: 3 },
    expected: { kind: 'hours_saved_per_month', amount: 120, note: 'Return visits for a missing part' },
    measured: {
      after: 140,
      kind: 'hours_saved_per_month',
      amount: 150,
      note: 'Return visits down 18% in the first quarter',
    },
    comments: [
      { by: 'tomasz.nowak', after: 0.2, text: 'This is the one thing I would ask for.' },
      {
        by: 'samuel.adeyemi',
        after: 1,
        text: 'I will sponsor it. Return visits are our biggest cost after fuel.',
      },
      {
        by: 'henrietta.mueller',
        after: 3,
        text: 'Dispatch could attach the history to the job automatically.',
      },
      {
        by: 'alex.wilber',
        after: 96,
        text: 'Thanks to the six technicians who tested the pilot for a month and told us what was missing.',
      },
    ],
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'In the FY26 H2 cycle: we will rank it with the others when voting closes.',
      },
      {
        after: 21,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Top of the FY26 H2 shortlist. Planned for the next two sprints of the field app.',
      },
      { after: 40, by: 'alex.wilber', status: 'in_progress', response: 'Pilot with six technicians.' },
      {
        after: 95,
        by: 'alex.wilber',
        status: 'delivered',
        response: 'In the field app for every technician: history, open issues and parts used.',
      },
    ],
  },
  {
    title: 'Route planning that accounts for traffic and parts on the van',
    description:
      'Dispatch plans routes on a map by hand every morning. Planning that knows the traffic, the appointment ' +
      'windows and which van carries the part would fit two more jobs into each day.',
    area: 'Field service',
    tags: ['dispatch', 'routing'],
    author: 'henrietta.mueller',
    daysAgo: 192,
    votes: 21,
    itPartner: 'nestor.wilke',
    sponsor: 'samuel.adeyemi',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 4 },
    expected: { kind: 'hours_saved_per_month', amount: 200, note: 'Driving time across all technicians' },
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'In the FY26 H2 cycle; we are asking two route-planning vendors for demos meanwhile.',
      },
      {
        after: 18,
        by: 'nestor.wilke',
        status: 'planned',
        response:
          'Just below the shortlist by votes, but it shares most of its work with the service history: planned together.',
      },
      {
        after: 80,
        by: 'nestor.wilke',
        status: 'in_progress',
        response: 'Vendor chosen; connecting it to the field app and the van stock.',
      },
    ],
  },
  {
    title: 'Photo and signature on the job sheet instead of paper',
    description:
      'Job sheets are paper, signed by the customer and posted to the office, where they are typed in for the ' +
      'invoice. A photo and a signature in the field app would get invoices out the same day.',
    area: 'Field service',
    tags: ['paperless', 'invoicing', 'mobile'],
    author: 'tomasz.nowak',
    daysAgo: 210,
    votes: 26,
    itPartner: 'alex.wilber',
    sponsor: 'christie.cline',
    classification: { sourcing: 'core', recommendation: 'build', value: 4, effort: 2 },
    expected: { kind: 'cost_saved', amount: 15_000, note: 'Postage, printing and typing per year' },
    comments: [{ by: 'grady.archie', after: 2, text: 'And no more job sheets lost in the post.' }],
    steps: [
      {
        after: 2.5,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'In the FY26 H2 cycle.',
      },
      {
        after: 32,
        by: 'alex.wilber',
        status: 'planned',
        response: 'On the FY26 H2 shortlist. Planned after the service history, in the same app.',
      },
      {
        after: 100,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Rolling out region by region; the south goes first.',
      },
    ],
  },
  {
    title: 'Remote video support from the office for tricky repairs',
    description:
      'Junior technicians call a senior colleague and describe the problem over the phone. Sharing live video ' +
      'with annotations would fix more machines on the first visit.',
    area: 'Field service',
    tags: ['video', 'support', 'training'],
    author: 'samuel.adeyemi',
    daysAgo: 45,
    votes: 12,
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    expected: { kind: 'cost_saved', amount: 30_000, note: 'Second visits avoided per year' },
    steps: [
      {
        after: 0.4,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'Looking at Dynamics 365 Remote Assist, which runs on the phones technicians have.',
      },
      {
        after: 7,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Planned: ten licences for the senior technicians first.',
      },
    ],
  },
  {
    title: 'Van stock levels visible to dispatch',
    description:
      'Dispatch cannot see which parts each van carries, so jobs go to the nearest technician rather than the ' +
      'one who has the part. Van stock in the dispatch screen would fix that.',
    area: 'Field service',
    tags: ['dispatch', 'inventory'],
    author: 'jonas.berg',
    daysAgo: 14,
    votes: 7,
    comments: [
      {
        by: 'henrietta.mueller',
        after: 1,
        text: 'Goes well with the route planning that is in progress.',
      },
    ],
  },
  {
    title: 'Machine history in the field app',
    description:
      'When I open a job I want to see every earlier repair on that machine, so I do not repeat what a colleague ' +
      'already tried.',
    area: 'Field service',
    tags: ['service', 'history'],
    author: 'tomasz.nowak',
    daysAgo: 170,
    votes: 4,
    mergedInto: {
      title: 'Service history on the technician’s phone before arriving',
      after: 1,
      by: 'alex.wilber',
      response:
        'The same as "Service history on the technician’s phone before arriving", which is planned: merged, so your votes count there.',
    },
  },
];
