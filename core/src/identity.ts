import { z } from 'zod';

/**
 * Identifiers that end up inside storage keys. Table Storage forbids `/ \ # ?` and control characters in keys,
 * and IdeaBar uses `|` to join key parts, so every id is held to this alphabet before it gets near storage.
 * It admits Entra GUIDs, Teams team ids (`19:…@thread.tacv2`) and IdeaBar's own ULIDs.
 */
export const ID_PATTERN = /^[A-Za-z0-9._:@-]{1,128}$/;

export const idSchema = z.string().regex(ID_PATTERN, 'Use 1–128 letters, digits or . _ : @ -');

export type Role = 'employee' | 'it';

/** Who is asking: always established by a verified token, never by the request body. */
export interface Caller {
  tenantId: string;
  userId: string;
  name: string;
}

export interface Me extends Caller {
  roles: Role[];
}

export interface Person {
  id: string;
  name: string;
}

export const personOf = (caller: Caller): Person => ({ id: caller.userId, name: caller.name });
