import type { BenefitKind, Classification, Constraint, IdeaStatus } from '@ideabar/core';

/**
 * One idea of the demo board and everything that happened to it, as a story the seed replays through the use cases.
 * Every `after` counts days from the moment the idea was submitted (0.25 is six hours later); people are user ids of
 * demoPeople.ts.
 */
export interface DemoIdea {
  title: string;
  description: string;
  /** The business area: one of the board's categories (DEMO_AREAS). */
  area: string;
  tags: string[];
  author: string;
  /** When it was submitted, in days before the seeding. */
  daysAgo: number;
  /** How many colleagues vote for it, at moments spread from its submission to now, most of them early. */
  votes: number;
  comments?: DemoComment[];
  itPartner?: string;
  sponsor?: string;
  /** Recorded with IT's first answer. */
  classification?: Classification;
  /** Recorded with IT's first answer. */
  expected?: DemoBenefit;
  /** Recorded once the idea is delivered. */
  measured?: DemoBenefit & { after: number };
  /** IT's public answers, in order. */
  steps?: DemoStep[];
  /** The author asks IT to look at a decline again. */
  appeal?: { after: number; reason: string };
  /** IT merges it into another demo idea (by title), which takes its votes. */
  mergedInto?: { title: string; after: number; by: string; response: string };
}

export interface DemoComment {
  by: string;
  after: number;
  text: string;
}

export interface DemoBenefit {
  kind: BenefitKind;
  amount: number | null;
  note: string | null;
}

export interface DemoStep {
  after: number;
  by: string;
  status: Exclude<IdeaStatus, 'new' | 'duplicate'>;
  response: string;
  decline?: { constraint: Constraint; rule: string; pathToYes: string };
}
