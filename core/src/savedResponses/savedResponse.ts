import type { Person } from '../identity.js';

/**
 * A common answer IT keeps for a board ("Thanks, we are collecting requests for this", "Use the self-service
 * portal for that"), picked in the inbox or the triage panel to fill the public response, which IT can still edit.
 */
export interface SavedResponse {
  tenantId: string;
  boardId: string;
  id: string;
  /** What IT picks it by in a list. */
  title: string;
  /** What fills the public response. */
  text: string;
  updatedAt: Date;
  updatedBy: Person;
}

/**
 * Zod-free, so the tab checks the same limits. The text is at most a public response's length, since that is
 * where it goes; a board keeps a short list, which a picker can show whole.
 */
export const SAVED_RESPONSE_LIMITS = {
  titleMax: 80,
  textMax: 2_000,
  perBoard: 30,
} as const;

export interface SavedResponseView {
  id: string;
  title: string;
  text: string;
  updatedAt: string;
  updatedBy: Person;
}

export interface SavedResponseList {
  boardId: string;
  savedResponses: SavedResponseView[];
}

export const savedResponseView = (response: SavedResponse): SavedResponseView => ({
  id: response.id,
  title: response.title,
  text: response.text,
  updatedAt: response.updatedAt.toISOString(),
  updatedBy: response.updatedBy,
});

/** By title, as IT reads a picker; ids break ties so the order never flickers. */
export const bySavedResponseTitle = (a: SavedResponse, b: SavedResponse): number =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
