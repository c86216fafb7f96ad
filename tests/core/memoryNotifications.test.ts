import { memoryNotifications } from '../../core/src/index.js';
import { notificationContract } from '../contract/notifications.contract.js';

notificationContract('memory', async () => memoryNotifications());
