import type { DemoIdea } from '../demoIdea.js';

export const PLANT_OPERATIONS: readonly DemoIdea[] = [
  {
    title: 'Predictive maintenance alerts for line 3',
    description:
      'Line 3 sensors already stream vibration data that nobody looks at. Alerts when a motor drifts from its ' +
      'normal pattern would let us plan repairs before a breakdown stops the line.',
    area: 'Plant operations',
    tags: ['iot', 'maintenance', 'line-3'],
    author: 'johanna.lorenz',
    daysAgo: 203,
    votes: 27,
    itPartner: 'nestor.wilke',
    sponsor: 'mateo.rossi',
    classification: { sourcing: 'core', recommendation: 'build', value: 5, effort: 4 },
    expected: { kind: 'uptime_percent', amount: 98.5, note: 'Line 3 availability, from 95.2%' },
    comments: [
      {
        by: 'ravi.menon',
        after: 0.3,
        text: 'Two unplanned stops last quarter were motors. Both gave warning.',
      },
      { by: 'mateo.rossi', after: 2, text: 'Production will sponsor. Line 3 runs our best-selling cooler.' },
    ],
    steps: [
      {
        after: 3,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'In the FY26 H2 cycle. Talking to plant operations about the data we have.',
      },
      {
        after: 26,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'On the FY26 H2 shortlist. Planned: alerts on the four main motors first.',
      },
      {
        after: 60,
        by: 'nestor.wilke',
        status: 'in_progress',
        response: 'Alerts for two motors are live for maintenance to tune; two to go.',
      },
    ],
  },
  {
    title: 'Digital work instructions at every assembly station',
    description:
      'Assembly works from printed drawings, and now and then from an old revision. A screen at each station ' +
      'showing the current instructions for the order being built would stop those mistakes.',
    area: 'Plant operations',
    tags: ['assembly', 'quality', 'paperless'],
    author: 'felix.wagner',
    daysAgo: 190,
    votes: 14,
    comments: [
      { by: 'hannah.schulz', after: 1, text: 'Four of last year’s quality incidents were old drawings.' },
      { by: 'felix.wagner', after: 13, text: 'Understood. We will bring it back in the next cycle.' },
    ],
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'In the FY26 H2 cycle.',
      },
      {
        after: 12,
        by: 'nestor.wilke',
        status: 'declined',
        response: 'Not this half: it came seventh in the FY26 H2 cycle. It can come back in the next one.',
        decline: {
          constraint: 'capacity',
          rule: 'FY26 H2 planning cycle: the half’s plant capacity goes to the five ideas with the most votes',
          pathToYes:
            'Bring it to the next planning cycle. Until then, the “Current drawings” library shows only the released revision of each drawing and can be opened on the station PCs today.',
        },
      },
    ],
  },
  {
    title: 'Quality defect photos linked to the batch record',
    description:
      'Inspectors photograph defects with their phones and email the pictures around. Attaching them to the ' +
      'batch record would let us trace a defect back to its cause months later.',
    area: 'Plant operations',
    tags: ['quality', 'traceability', 'mobile'],
    author: 'hannah.schulz',
    daysAgo: 80,
    votes: 7,
    itPartner: 'alex.wilber',
    sponsor: 'mateo.rossi',
    classification: { sourcing: 'core', recommendation: 'keep_in_house', value: 4, effort: 3 },
    steps: [
      {
        after: 2,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Looking at the quality module of the ERP with the inspectors.',
      },
      {
        after: 16,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: photos from the phone straight to the batch’s quality record.',
      },
    ],
  },
  {
    title: 'Energy meter readings on a dashboard instead of clipboards',
    description:
      'Someone walks the plant every Friday to read twelve energy meters. A live dashboard would show us ' +
      'compressors running all weekend for nothing.',
    area: 'Plant operations',
    tags: ['energy', 'dashboards', 'iot'],
    author: 'ravi.menon',
    daysAgo: 260,
    votes: 5,
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'core', recommendation: 'keep_in_house', value: 4, effort: 2 },
    expected: {
      kind: 'cost_saved',
      amount: 18_000,
      note: 'Energy per year, mostly compressors left running',
    },
    measured: { after: 110, kind: 'cost_saved', amount: 23_500, note: 'First year of energy savings' },
    steps: [
      {
        after: 4,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'The meters can report over the network; planned with the plant electricians.',
      },
      { after: 20, by: 'nestor.wilke', status: 'in_progress', response: 'Six of twelve meters connected.' },
      {
        after: 55,
        by: 'nestor.wilke',
        status: 'delivered',
        response: 'All twelve meters on the energy dashboard, with an alert for weekend load.',
      },
    ],
  },
  {
    title: 'Maintenance requests from the shop floor in Teams',
    description:
      'To report a fault, operators find a supervisor who fills in a form on the office PC. Reporting it from ' +
      'Teams on the station tablet, with a photo, would get maintenance there sooner.',
    area: 'Plant operations',
    tags: ['maintenance', 'teams', 'frontline'],
    author: 'mateo.rossi',
    daysAgo: 10,
    votes: 17,
    comments: [
      {
        by: 'ravi.menon',
        after: 0.5,
        text: 'Maintenance planning would finally see all requests in one list.',
      },
    ],
    steps: [
      {
        after: 0.5,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'In FY27 Q1 planning. Could share the app with the forklift checks idea.',
      },
    ],
  },
  {
    title: 'Connect the old CNC machines to the network',
    description:
      'We carry programs to the two older CNC machines on USB sticks, an hour of walking per shift. Connecting ' +
      'them to the network would send programs straight from engineering.',
    area: 'Plant operations',
    tags: ['cnc', 'network', 'ot'],
    author: 'felix.wagner',
    daysAgo: 145,
    votes: 4,
    steps: [
      {
        after: 4,
        by: 'nestor.wilke',
        status: 'declined',
        response: 'Not on the office network. It can happen on the plant network in Q3.',
        decline: {
          constraint: 'security',
          rule: 'OT Network Standard OT-1: production machines join a network only through the OT segment',
          pathToYes:
            'Once the OT segment reaches hall B (planned for Q3), the CNCs can join it behind the plant firewall. Until then, the USB transfer station with malware scanning is available today.',
        },
      },
      {
        after: 12,
        by: 'nestor.wilke',
        status: 'declined',
        response: 'Still not on the office network — but we found a way to make it sooner.',
        decline: {
          constraint: 'security',
          rule: 'OT Network Standard OT-1: production machines join a network only through the OT segment',
          pathToYes:
            'Hall B’s OT segment moves forward to May, and the two CNCs are the first machines on it. A second USB transfer station goes up next to them this week.',
        },
      },
    ],
    appeal: {
      after: 7,
      reason: 'Q3 is too late: we lose an hour a shift walking programs over on USB sticks.',
    },
  },
];
