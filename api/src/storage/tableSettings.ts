import type { TableClient } from '@azure/data-tables';
import {
  StaleVersionError,
  type SettingsRepository,
  type TenantSettings,
  type Versioned,
} from '@ideabar/core';
import { keys } from './keys.js';
import { settingsOf, settingsRow, type Row } from './rows.js';
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
