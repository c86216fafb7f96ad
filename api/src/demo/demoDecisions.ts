import type { BenefitKind, Classification, Constraint, IdeaStatus } from '@ideabar/core';

/** What IT did with some of the demo ideas, so every screen has true answers to show: days count from submission. */
export interface DemoDecision {
  itPartner?: string;
  sponsor?: string;
  classification?: Classification;
  expected?: { kind: BenefitKind; amount: number | null; note: string | null };
  measured?: { kind: BenefitKind; amount: number | null; note: string | null };
  steps: {
    daysAfter: number;
    by: string;
    status: Exclude<IdeaStatus, 'duplicate'>;
    response: string;
    decline?: { constraint: Constraint; rule: string; pathToYes: string };
  }[];
  appeal?: { daysAfter: number; reason: string };
}

export const DEMO_DECISIONS: Record<string, DemoDecision> = {
  'Self-service VPN access for contractors': {
    itPartner: 'alex.wilber',
    sponsor: 'diego.siciliani',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    expected: { kind: 'hours_saved_per_month', amount: 60, note: null },
    steps: [
      {
        daysAfter: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Looking at Entra ID access packages for this.',
      },
      {
        daysAfter: 6,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned: access packages with manager approval, in Q1.',
      },
    ],
  },
  'Password manager for every employee': {
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 5, effort: 2 },
    steps: [
      {
        daysAfter: 2,
        by: 'nestor.wilke',
        status: 'under_review',
        response: 'Security agrees. Comparing three vendors.',
      },
      {
        daysAfter: 10,
        by: 'nestor.wilke',
        status: 'in_progress',
        response: 'Rolling out to IT first, then everyone.',
      },
    ],
  },
  'Digital signatures for supplier contracts': {
    itPartner: 'alex.wilber',
    sponsor: 'lee.gu',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
    expected: { kind: 'cost_saved', amount: 10_000, note: 'Courier and printing per year' },
    measured: { kind: 'cost_saved', amount: 12_500, note: 'First year, courier and printing' },
    steps: [
      {
        daysAfter: 3,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Yes — we already license a signing service.',
      },
      {
        daysAfter: 15,
        by: 'alex.wilber',
        status: 'in_progress',
        response: 'Templates for the top ten suppliers first.',
      },
      { daysAfter: 40, by: 'alex.wilber', status: 'delivered', response: 'Live for all supplier contracts.' },
    ],
  },
  'Single sign-on for the learning portal': {
    itPartner: 'nestor.wilke',
    expected: { kind: 'other', amount: null, note: 'More people finish mandatory training' },
    measured: { kind: 'other', amount: null, note: 'Completion rose from 61% to 88%' },
    steps: [
      {
        daysAfter: 2,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Easy win: the vendor supports our sign-in.',
      },
      { daysAfter: 5, by: 'nestor.wilke', status: 'in_progress', response: 'Testing with HR this week.' },
      {
        daysAfter: 20,
        by: 'nestor.wilke',
        status: 'delivered',
        response: 'Done: sign in with your work account.',
      },
    ],
  },
  'Laptop refresh every three years instead of five': {
    steps: [
      {
        daysAfter: 4,
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
      daysAfter: 6,
      reason: 'The exception form takes six weeks. Plant engineers need a faster path than that.',
    },
  },
  'Guest Wi-Fi that works without calling reception': {
    steps: [
      {
        daysAfter: 2,
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
  'Power BI dashboard for store footfall': {
    itPartner: 'alex.wilber',
    sponsor: 'adele.vance',
    classification: { sourcing: 'core', recommendation: 'build', value: 5, effort: 3 },
    steps: [
      {
        daysAfter: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'The data is there; sizing the work.',
      },
    ],
  },
  'One place to see all approvals waiting for me': {
    itPartner: 'alex.wilber',
    sponsor: 'lee.gu',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 5, effort: 3 },
    steps: [
      {
        daysAfter: 2,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned with the Approvals app in Teams.',
      },
    ],
  },
  'Predictive maintenance alerts for line 3': {
    classification: { sourcing: 'core', recommendation: 'build', value: 5, effort: 4 },
    steps: [
      { daysAfter: 3, by: 'nestor.wilke', status: 'under_review', response: 'Talking to plant operations.' },
    ],
  },
};
