import type { InvocationContext } from '@azure/functions';
import type { Services } from '../services.js';

/**
 * A timer function. Schedules are six-field NCRONTAB in UTC, as Azure Functions reads them. A run may come late
 * (`isPastDue`) or, after a failover, twice: what a timer does must be safe to repeat.
 */
export interface TimerDefinition {
  name: string;
  schedule: string;
  /**
   * `stopping` is aborted when the local host closes: a long run then starts no further work (what it leaves is
   * there for the next run) rather than outlive the storage it works on. Azure Functions gives none.
   */
  run(
    services: Services,
    tick: { isPastDue: boolean },
    context: InvocationContext,
    stopping?: AbortSignal,
  ): Promise<void>;
}
