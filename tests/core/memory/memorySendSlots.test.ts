import { memoryNotifications } from '@ideabar/core/testing';
import { sendSlotContract } from '../../contract/sendSlots.contract.js';

sendSlotContract('memory', async () => memoryNotifications().sendSlots);
