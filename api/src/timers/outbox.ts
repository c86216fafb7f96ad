import { drainOutbox } from '@ideabar/core';
import { observeOperation } from '../observability/operation.js';
import type { TimerDefinition } from './timer.js';

/**
 * Every minute, the work a process left pending when it stopped (see core/src/outbox/): handlers re-derive from
 * what is stored, so a run that repeats or overlaps another changes nothing twice.
 */
export function outboxTimer(): TimerDefinition {
  const name = 'outbox-drain';
  return {
    name,
    schedule: '0 * * * * *',
    run(services, tick, context, stopping) {
      return observeOperation(context, { kind: 'timer', name }, async () => {
        await services.ready();
        const drained = await drainOutbox(services.ideabar, { stopping });
        const level = drained.failed > 0 ? 'warn' : 'info';
        return {
          result: undefined,
          outcome: { level, status: 'ok', counts: { pastDue: tick.isPastDue, ...drained } },
        };
      });
    },
  };
}
