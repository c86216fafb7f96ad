/** How IT set up the demo tenant's board before the first idea arrived. */
export const DEMO_BOARD = {
  /** The business areas people file ideas under: the board's categories. */
  areas: [
    'Finance',
    'People & HR',
    'Sales',
    'Field service',
    'Warehouse & logistics',
    'Customer support',
    'Legal',
    'Marketing',
    'Plant operations',
    'Stores',
    'Workplace & IT',
  ],
  /** The common answers IT keeps for the board, picked in the inbox and the triage panel. */
  savedResponses: [
    {
      title: 'Thanks, collecting for the next cycle',
      text: 'Thanks for raising this! We are collecting ideas like this one for the next planning cycle: votes and comments from your colleagues help us weigh it.',
    },
    {
      title: 'Already possible today',
      text: 'Good news: this is possible today. The IT service portal has a how-to for it; reply here if it does not cover what you need.',
    },
    {
      title: 'Question back to the author',
      text: 'Thanks! Before we look further: which team would use this, and how often? A rough idea of the time it would save helps us compare it with other requests.',
    },
    {
      title: 'Checking with security',
      text: 'We are checking this with the security team first, as it touches company data. We will update the idea as soon as we hear back.',
    },
  ],
} as const;

/** A planning cycle of the demo board, its windows in days before the seeding (negative: still ahead). */
export interface DemoCycle {
  name: string;
  openedBy: string;
  submissionsOpen: number;
  submissionsClose: number;
  votingCloses: number;
  shortlistSize: number;
}

/**
 * Two planning cycles: last half's, closed, whose shortlist IT has since planned and partly delivered; and this
 * quarter's, whose submissions have closed and whose voting is still open. Ideas submitted inside a window belong
 * to its cycle, so the demo ideas keep a day or more away from the window edges.
 */
export const DEMO_CYCLES: readonly DemoCycle[] = [
  {
    name: 'FY26 H2 planning',
    openedBy: 'nestor.wilke',
    submissionsOpen: 214,
    submissionsClose: 186,
    votingCloses: 179,
    shortlistSize: 5,
  },
  {
    name: 'FY27 Q1 planning',
    openedBy: 'nestor.wilke',
    submissionsOpen: 40,
    submissionsClose: 6,
    votingCloses: -8,
    shortlistSize: 8,
  },
];
