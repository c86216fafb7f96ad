import { systemClock, ulidSource, type Clock, type IdSource } from './clock.js';
import { ListingSnapshots } from './listing/snapshots.js';
import { ItDirectory, type ItMemberSeed } from './members/itDirectory.js';
import { EventOutbox } from './outbox/eventOutbox.js';
import type { Repositories } from './ports.js';
import { IdeaVotes } from './votes/ideaVotes.js';

/** Everything a use case may touch, built once per process by its host. */
export interface IdeaBarContext {
  repos: Repositories;
  clock: Clock;
  ids: IdSource;
  /** How votes are written and followed (group commit, tally cache, outbox record): one per process. */
  votes: IdeaVotes;
  listings: ListingSnapshots;
  itDirectory: ItDirectory;
  faults: FaultReporter;
  policy: ResponsePolicy;
  /** Where use cases record their changes' events and subscribers (the bot) hear of them: one per process. */
  outbox: EventOutbox;
}

/** How fast IT promises a first public answer, unless a tenant's settings say otherwise. */
export interface ResponsePolicy {
  responseSlaBusinessDays: number;
}

export const DEFAULT_RESPONSE_SLA_BUSINESS_DAYS = 5;

/** Where a fault goes that must not fail the request it happened in, such as a tally refresh after a commit. */
export interface FaultReporter {
  report(error: unknown): void;
}

export interface IdeaBarOptions {
  repos: Repositories;
  clock?: Clock;
  ids?: IdSource;
  itMemberSeeds?: readonly ItMemberSeed[];
  listingSnapshots?: ListingSnapshots;
  faults?: FaultReporter;
  policy?: ResponsePolicy;
}

export function createIdeaBar(options: IdeaBarOptions): IdeaBarContext {
  const clock = options.clock ?? systemClock;
  const policy = options.policy ?? { responseSlaBusinessDays: DEFAULT_RESPONSE_SLA_BUSINESS_DAYS };
  const faults = options.faults ?? { report: (error: unknown) => console.error('IdeaBar fault', error) };
  const votes = new IdeaVotes({ repos: options.repos, clock, faults });
  const outbox = new EventOutbox(options.repos.events);
  // Votes record and follow their own event (one per busy idea, see IdeaVotes); subscribers hear of them here too.
  votes.onVotesChanged(({ tenantId, ideaId }) => outbox.tell({ kind: 'votesChanged', tenantId, ideaId }));
  return {
    repos: options.repos,
    clock,
    ids: options.ids ?? ulidSource(),
    votes,
    listings: options.listingSnapshots ?? new ListingSnapshots(),
    itDirectory: new ItDirectory(
      options.repos.members,
      options.repos.settings,
      options.itMemberSeeds ?? [],
      clock,
      policy.responseSlaBusinessDays,
    ),
    faults,
    policy,
    outbox,
  };
}
