import type { NotificationRepositories } from '../ports.js';
import { MemoryConversations } from './memoryConversations.js';
import { MemoryFollowers } from './memoryFollowers.js';
import { MemoryOutbox } from './memoryOutbox.js';
import { MemoryPostedCards } from './memoryPostedCards.js';
import { MemorySendSlots } from './memorySendSlots.js';

/** The in-memory twin of the bot's Table Storage repositories; it passes the same contract tests. */
export function memoryNotifications(): NotificationRepositories {
  return {
    conversations: new MemoryConversations(),
    followers: new MemoryFollowers(),
    outbox: new MemoryOutbox(),
    postedCards: new MemoryPostedCards(),
    sendSlots: new MemorySendSlots(),
  };
}
