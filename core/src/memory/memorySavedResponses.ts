import { StaleVersionError } from '../errors.js';
import type { SavedResponseRepository, Versioned } from '../ports.js';
import type { SavedResponse } from '../savedResponses/savedResponse.js';
import { copy, roundTrip } from './twin.js';

const setKey = (tenantId: string, boardId: string): string => `${tenantId}|${boardId}`;

/** The in-memory twin of the Table Storage saved responses: one versioned set per tenant and board. */
export class MemorySavedResponses implements SavedResponseRepository {
  private readonly sets = new Map<string, { responses: Map<string, SavedResponse>; version: number }>();

  async listBoard(tenantId: string, boardId: string): Promise<Versioned<SavedResponse[]>> {
    await roundTrip();
    const set = this.sets.get(setKey(tenantId, boardId));
    return { value: [...(set?.responses.values() ?? [])].map(copy), version: String(set?.version ?? 0) };
  }

  async save(response: SavedResponse, version: string): Promise<void> {
    await roundTrip();
    this.write(response.tenantId, response.boardId, version, (responses) => {
      responses.set(response.id, copy(response));
    });
  }

  async remove(tenantId: string, boardId: string, responseId: string, version: string): Promise<void> {
    await roundTrip();
    this.write(tenantId, boardId, version, (responses) => {
      if (!responses.delete(responseId)) throw new StaleVersionError();
    });
  }

  /** Changes a copy of the set and keeps it, at the next version, only if the set is still at `version`. */
  private write(
    tenantId: string,
    boardId: string,
    version: string,
    change: (responses: Map<string, SavedResponse>) => void,
  ): void {
    const key = setKey(tenantId, boardId);
    const set = this.sets.get(key) ?? { responses: new Map<string, SavedResponse>(), version: 0 };
    if (String(set.version) !== version) throw new StaleVersionError();
    const responses = new Map(set.responses);
    change(responses);
    this.sets.set(key, { responses, version: set.version + 1 });
  }
}
