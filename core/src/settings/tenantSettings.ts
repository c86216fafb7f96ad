import type { Person } from '../identity.js';

/** How a tenant runs IdeaBar, changed by its IT members from the settings page. */
export interface TenantSettings {
  tenantId: string;
  /** Time to IT's first public answer, in business days (1–60). */
  responseSlaBusinessDays: number;
  /** Days before a cycle's voting closes when the board channel is reminded, newest default for new cycles. */
  reminderLeadDays: number[];
  /** Whether the IT members from configuration were written for this tenant: they are seeded once, never again. */
  itMembersSeeded: boolean;
}

export const defaultSettings = (tenantId: string, responseSlaBusinessDays: number): TenantSettings => ({
  tenantId,
  responseSlaBusinessDays,
  reminderLeadDays: [3, 1],
  itMembersSeeded: false,
});

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
