import { TableSendSlots } from '../../../api/src/storage/tableSendSlots.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import { sendSlotContract } from '../../contract/sendSlots.contract.js';
import { tablesOf, testConfig } from '../../support/testHost.js';

sendSlotContract('Table Storage (Azurite)', async () => {
  const tables = tablesOf(testConfig());
  await ensureTables(tables);
  return new TableSendSlots(tables.SendSlots);
});
