import { runReminder, type ScheduledReminder } from '@ideabar/bot';
import { observeOperation } from '../observability/operation.js';
import type { TimerDefinition } from './timer.js';

/**
 * A reminder as a timer function. Runs are safe to repeat or overlap (the outbox keeps each message to one
 * delivery), so a late (`isPastDue`) run simply does what is still due.
 */
export function reminderTimer(reminder: ScheduledReminder): TimerDefinition {
  const name = `reminder-${reminder.id}`;
  return {
    name,
    schedule: reminder.schedule,
    run(services, tick, context) {
      return observeOperation(context, { kind: 'timer', name }, async () => {
        await services.ready();
        const report = await runReminder(reminder, services.bot.services);
        // Messages that could not be delivered are retried by the next run: worth a look, not an alarm.
        const level = report.failed > 0 ? 'warn' : 'info';
        return {
          result: undefined,
          outcome: { level, status: 'ok', counts: { pastDue: tick.isPastDue, ...report } },
        };
      });
    },
  };
}
