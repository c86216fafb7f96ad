import type { Config } from '../config.js';
import { tableClients } from '../storage/tables.js';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True for a connection string to a storage emulator on this machine: Azurite's well-known development account at
 * a local address, whatever its port. Nothing else may have its tables deleted by a demo reset.
 */
export function isLocalEmulator(connectionString: string): boolean {
  const parts = new Map(
    connectionString
      .split(';')
      .filter((part) => part.includes('='))
      .map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim()] as const;
      }),
  );
  const endpoint = parts.get('tableendpoint');
  if (parts.get('accountname') !== 'devstoreaccount1' || !endpoint) return false;
  try {
    return LOCAL_HOSTS.has(new URL(endpoint).hostname);
  } catch {
    return false;
  }
}

/** Deletes every IdeaBar table of the configured prefix, so the next seed starts from nothing. Local emulator only. */
export async function deleteDemoTables(config: Config): Promise<void> {
  if (!isLocalEmulator(config.storage.connectionString)) {
    throw new Error('A demo reset deletes tables; it only runs against Azurite on this machine.');
  }
  const tables = tableClients(config.storage.connectionString, config.storage.tablePrefix);
  await Promise.all(Object.values(tables).map((table) => table.deleteTable()));
}
