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
