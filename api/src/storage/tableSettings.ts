import type { TableClient } from '@azure/data-tables';
import {
  DEFAULT_CURRENCY,
  STANDARD_CALENDAR,
  StaleVersionError,
  type SettingsRepository,
  type TenantSettings,
  type Versioned,
} from '@ideabar/core';
import { keys } from './keys.js';
import { json, number, optionalJson, optionalText, type Row } from './rowFields.js';
import { statusOf, storageCall, unlessMissing } from './tables.js';

/** One row per tenant, changed only by conditional writes: two admins saving at once cannot undo each other. */
export class TableSettings implements SettingsRepository {
  constructor(private readonly table: TableClient) {}

  async find(tenantId: string): Promise<Versioned<TenantSettings> | undefined> {
    const row = await unlessMissing(() => this.table.getEntity<Row>(keys.settings(tenantId), 'tenant'));
    return row && { value: settingsOf(tenantId, row), version: row.etag };
  }

  save(settings: TenantSettings, version: string | null): Promise<void> {
    return storageCall(async () => {
      try {
        if (version === null) await this.table.createEntity(settingsRow(settings));
        else await this.table.updateEntity(settingsRow(settings), 'Replace', { etag: version });
      } catch (error) {
        const status = statusOf(error);
        if (status === 409 || status === 412 || status === 404) throw new StaleVersionError();
        throw error;
      }
    });
  }
}

const settingsRow = (settings: TenantSettings): Row => ({
  partitionKey: keys.settings(settings.tenantId),
  rowKey: 'tenant',
  responseSlaBusinessDays: settings.responseSlaBusinessDays,
  reminderLeadDays: JSON.stringify(settings.reminderLeadDays),
  currency: settings.currency,
  itMembersSeeded: settings.itMembersSeeded,
  weekendDays: JSON.stringify(settings.weekendDays),
  holidays: JSON.stringify(settings.holidays),
});

const settingsOf = (tenantId: string, row: Row): TenantSettings => ({
  tenantId,
  responseSlaBusinessDays: number(row, 'responseSlaBusinessDays'),
  reminderLeadDays: json<number[]>(row, 'reminderLeadDays'),
  // Rows written before the currency setting existed read as the default.
  currency: optionalText(row, 'currency') ?? DEFAULT_CURRENCY,
  itMembersSeeded: row.itMembersSeeded === true,
  // Rows written before working days were settings read as the standard week without holidays.
  weekendDays: optionalJson<TenantSettings['weekendDays']>(row, 'weekendDays') ?? [
    ...STANDARD_CALENDAR.weekendDays,
  ],
  holidays: optionalJson<TenantSettings['holidays']>(row, 'holidays') ?? [],
});
