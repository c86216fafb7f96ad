import { runReminder, type ScheduledReminder } from '@ideabar/bot';
import type { TimerDefinition } from './timer.js';

/**
 * A reminder as a timer function. Runs are safe to repeat or overlap (the outbox keeps each message to one
 * delivery), so a late (`isPastDue`) run simply does what is still due.
 */
export function reminderTimer(reminder: ScheduledReminder): TimerDefinition {
  return {
    name: `reminder-${reminder.id}`,
    schedule: reminder.schedule,
    async run(services, tick, context) {
      await services.ready();
      const report = await runReminder(reminder, services.bot.services);
      context.log(
        'reminder run',
        JSON.stringify({ reminder: reminder.id, pastDue: tick.isPastDue, ...report }),
      );
    },
  };
}
