import { StaleVersionError } from '../errors.js';
import type { SettingsRepository, Versioned } from '../ports.js';
import type { TenantSettings } from '../settings/tenantSettings.js';
import { copy, roundTrip } from './twin.js';

export class MemorySettings implements SettingsRepository {
  private readonly rows = new Map<string, { settings: TenantSettings; version: number }>();

  async find(tenantId: string): Promise<Versioned<TenantSettings> | undefined> {
    await roundTrip();
    const row = this.rows.get(tenantId);
    return row && { value: copy(row.settings), version: String(row.version) };
  }

  async save(settings: TenantSettings, version: string | null): Promise<void> {
    await roundTrip();
    const row = this.rows.get(settings.tenantId);
    if (version === null ? row !== undefined : row === undefined || String(row.version) !== version) {
      throw new StaleVersionError();
    }
    this.rows.set(settings.tenantId, { settings: copy(settings), version: (row?.version ?? 0) + 1 });
  }
}
