export { IdeaBarBot } from './hosting/ideaBarBot.js';
export type { BotServices } from './botServices.js';
export type { BotSettings } from './settings.js';
export {
  createBotRuntime,
  type BotCredentials,
  type BotHttpRequest,
  type BotHttpResponse,
  type BotRuntime,
  type BotRuntimeOptions,
} from './hosting/botRuntime.js';
export { runReminder, type ScheduledReminder } from './reminders/reminder.js';
export type { DeliveryReport } from './outbox/outboxDelivery.js';
export {
  HttpBotConnector,
  ConnectorError,
  type BotConnector,
  type ConnectorTarget,
} from './outbox/proactiveSender.js';
export { digestReminder } from './reminders/digestReminder.js';
export { cycleReminder, CYCLE_REMINDER_SCHEDULE } from './reminders/cycleReminder.js';
export { responseNudgeReminder, RESPONSE_NUDGE_SCHEDULE } from './reminders/responseNudgeReminder.js';
