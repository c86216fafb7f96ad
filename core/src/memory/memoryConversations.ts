import type { ConversationRecord } from '../notifications/conversation.js';
import type { ConversationRepository } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryConversations implements ConversationRepository {
  private readonly rows = new Map<string, ConversationRecord>();

  async save(record: ConversationRecord): Promise<'created' | 'updated'> {
    await roundTrip();
    const id = key(record.tenantId, record.key);
    const existed = this.rows.has(id);
    this.rows.set(id, copy(record));
    return existed ? 'updated' : 'created';
  }

  async find(tenantId: string, conversationKey: string): Promise<ConversationRecord | undefined> {
    await roundTrip();
    const row = this.rows.get(key(tenantId, conversationKey));
    return row && copy(row);
  }

  async remove(tenantId: string, conversationKey: string): Promise<void> {
    await roundTrip();
    this.rows.delete(key(tenantId, conversationKey));
  }

  async listForBoard(tenantId: string, boardId: string): Promise<ConversationRecord[]> {
    await roundTrip();
    return [...this.rows.values()]
      .filter((row) => row.tenantId === tenantId && row.boardId === boardId)
      .map(copy);
  }

  async listBoardChannels(): Promise<ConversationRecord[]> {
    await roundTrip();
    return [...this.rows.values()].filter((row) => row.kind === 'board').map(copy);
  }
}
