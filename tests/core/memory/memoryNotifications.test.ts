import { memoryNotifications } from '@ideabar/core/testing';
import { notificationContract } from '../../contract/notifications.contract.js';

notificationContract('memory', async () => memoryNotifications());
