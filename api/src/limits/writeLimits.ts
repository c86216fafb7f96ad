import { TooManyRequestsError, type Caller } from '@ideabar/core';
import { TokenBuckets, type Rate } from './tokenBuckets.js';

/** The writes IdeaBar limits, each per person; all of them together also per tenant. */
export const WRITE_KINDS = ['ideas', 'comments', 'votes', 'appeals', 'botCommands'] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

export interface WriteLimitsConfig {
  perPerson: Record<WriteKind, Rate>;
  perTenant: Rate;
}

const WHAT: Record<WriteKind, string> = {
  ideas: 'ideas',
  comments: 'comments',
  votes: 'votes',
  appeals: 'appeals',
  botCommands: 'messages to the bot',
};

export interface WriteLimits {
  /** Counts one write of `kind` by `caller`, or throws TooManyRequestsError (counting nothing) when over a limit. */
  take(kind: WriteKind, caller: Pick<Caller, 'tenantId' | 'userId'>): void;
}

/**
 * Limits on writes, so one person (a script, a stuck key) cannot flood a board and its channel, nor one tenant
 * crowd out the others. Token buckets in this process's memory: with several Functions instances each counts on
 * its own (see docs/architecture.md, "Limits on writes").
 */
export function writeLimits(config: WriteLimitsConfig, now: () => number = Date.now): WriteLimits {
  const perPerson = Object.fromEntries(
    WRITE_KINDS.map((kind) => [kind, new TokenBuckets(config.perPerson[kind], now)]),
  ) as Record<WriteKind, TokenBuckets>;
  const perTenant = new TokenBuckets(config.perTenant, now);
  return {
    take(kind, { tenantId, userId }) {
      const person = perPerson[kind];
      const personKey = `${tenantId}\n${userId}`;
      const personWait = person.wait(personKey);
      const tenantWait = perTenant.wait(tenantId);
      if (personWait > 0 || tenantWait > 0) {
        const seconds = Math.max(1, Math.ceil(Math.max(personWait, tenantWait) / 1000));
        throw new TooManyRequestsError(
          personWait >= tenantWait
            ? `You are sending ${WHAT[kind]} faster than IdeaBar allows (${describe(person.rate)}). ` +
                `Try again in ${seconds} s.`
            : `Your organisation is writing faster than IdeaBar allows (${describe(perTenant.rate)}). ` +
                `Try again in ${seconds} s.`,
          seconds,
        );
      }
      person.take(personKey);
      perTenant.take(tenantId);
    },
  };
}

function describe({ count, windowMs }: Rate): string {
  const minutes = windowMs / 60_000;
  if (windowMs % 3_600_000 === 0) return `${count} per ${plural(windowMs / 3_600_000, 'hour')}`;
  if (windowMs % 60_000 === 0) return `${count} per ${plural(minutes, 'minute')}`;
  return `${count} per ${plural(windowMs / 1000, 'second')}`;
}

const plural = (n: number, unit: string) => (n === 1 ? unit : `${n} ${unit}s`);
