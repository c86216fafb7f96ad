import { tableNotifications } from '../../../api/src/storage/tableRepositories.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import { notificationContract } from '../../contract/notifications.contract.js';
import { tablesOf, testConfig } from '../../support/testHost.js';

notificationContract('Table Storage (Azurite)', async () => {
  const tables = tablesOf(testConfig());
  await ensureTables(tables);
  return tableNotifications(tables);
});
