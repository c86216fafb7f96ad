import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import {
  DEFAULT_CURRENCY,
  STANDARD_CALENDAR,
  type SettingsRepository,
  type TenantSettings,
  type Versioned,
} from '@ideabar/core';
import { keys } from './keys.js';
import { json, number, optionalJson, optionalText, type Row } from './rowFields.js';
import { readRow, writeIfCurrent, writeOnce } from './tables.js';

/** One row per tenant, changed only by conditional writes: two admins saving at once cannot undo each other. */
export class TableSettings implements SettingsRepository {
  constructor(private readonly table: TableClient) {}

  async find(tenantId: string): Promise<Versioned<TenantSettings> | undefined> {
    const row = await readRow(this.table, keys.settings(tenantId), 'tenant');
    return row && { value: settingsOf(tenantId, row), version: row.etag };
  }

  /**
   * A save storage carried out but answered too late for is refused on its retry (409, or 412 as the ETag moved with
   * it): finding the row holding exactly what was written, it is taken as made (see writeOnce), rather than read
   * again by the caller as someone else's change, which would compare the change with itself and skip what follows
   * it (its audit's "before", rescheduling nudges after a calendar change).
   */
  async save(settings: TenantSettings, version: string | null): Promise<void> {
    // The key is the tenant's, not made up here: a write of its own only is recognised by an id it alone carries.
    const row = { ...settingsRow(settings), writeId: randomUUID() };
    const write = () =>
      version === null
        ? this.table.createEntity(row)
        : this.table.updateEntity(row, 'Replace', { etag: version });
    await writeIfCurrent(
      () => writeOnce(row, write, () => readRow(this.table, row.partitionKey, row.rowKey)),
      [409, 412, 404],
    );
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
