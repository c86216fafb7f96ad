import {
  createIdeaBar,
  type Caller,
  type Clock,
  type Cycle,
  type CycleRepository,
  type IdeaBarContext,
  type IdeaBarOptions,
  type Repositories,
} from '../../core/src/index.js';
import { memoryRepositories } from '@ideabar/core/testing';

/** A clock tests move by hand. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-23T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const ada: Caller = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
export const grace: Caller = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper' };
export const mallory: Caller = { tenantId: 'fabrikam', userId: 'mallory', name: 'Mallory' };

export const voter = (n: number, tenantId = 'contoso'): Caller => ({
  tenantId,
  userId: `voter-${n}`,
  name: `Voter ${n}`,
});

export interface DomainFixture {
  ctx: IdeaBarContext;
  clock: TestClock;
  repos: Repositories;
}

export function domain(options: Partial<IdeaBarOptions> = {}): DomainFixture {
  const clock = new TestClock();
  const repos = memoryRepositories();
  const ctx = createIdeaBar({ repos, clock, faults: { report: () => undefined }, ...options });
  return { ctx, clock, repos };
}

export const ideaInput = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  description: `Why ${title} would help the business.`,
  ...extra,
});

/** Stores a cycle as set-up for a test, against the board's cycles as they are (openCycle checks them first). */
export async function storeCycle(cycles: CycleRepository, cycle: Cycle): Promise<void> {
  await cycles.create(cycle, (await cycles.listBoard(cycle.tenantId, cycle.boardId)).version);
}
