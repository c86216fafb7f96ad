import { STANDARD_CALENDAR, type Holiday, type Weekday } from '../calendar/workingDays.js';
import type { Person } from '../identity.js';

/** How a tenant runs IdeaBar, changed by its IT members from the settings page. */
export interface TenantSettings {
  tenantId: string;
  /** Time to IT's first public answer, in business days (1–60). */
  responseSlaBusinessDays: number;
  /** Days before a cycle's voting closes when the board channel is reminded, newest default for new cycles. */
  reminderLeadDays: number[];
  /** The ISO 4217 code money amounts (benefits) are in, such as "USD". */
  currency: string;
  /** Whether the IT members from configuration were written for this tenant: they are seeded once, never again. */
  itMembersSeeded: boolean;
  /** The weekdays the tenant does not work (0 Sunday … 6 Saturday): not business days. */
  weekendDays: Weekday[];
  /** The tenant's holidays, in date order: not business days either. */
  holidays: Holiday[];
}

export const defaultSettings = (tenantId: string, responseSlaBusinessDays: number): TenantSettings => ({
  tenantId,
  responseSlaBusinessDays,
  reminderLeadDays: [3, 1],
  currency: DEFAULT_CURRENCY,
  itMembersSeeded: false,
  weekendDays: [...STANDARD_CALENDAR.weekendDays],
  holidays: [],
});

/** Until IT sets one, benefits are counted in US dollars. */
export const DEFAULT_CURRENCY = 'USD';

let knownCurrencies: ReadonlySet<string> | undefined;

/** Whether `code` is an ISO 4217 currency this runtime knows how to format. */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/** One recorded change to settings: who, when, what, and the values before and after. */
export interface AuditEntry {
  tenantId: string;
  id: string;
  at: Date;
  by: Person;
  /** What changed, in product words: "board.categories", "itMembers", "settings.responseSla"… */
  subject: string;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntryView {
  id: string;
  at: string;
  by: Person;
  subject: string;
  summary: string;
  before: unknown;
  after: unknown;
}

export const auditEntryView = (entry: AuditEntry): AuditEntryView => ({
  id: entry.id,
  at: entry.at.toISOString(),
  by: entry.by,
  subject: entry.subject,
  summary: entry.summary,
  before: entry.before,
  after: entry.after,
});
