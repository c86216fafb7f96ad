import type { IncomingActivity } from './turn.js';
import { teamOf } from './caller.js';

export type ConversationPlace = 'personal' | 'groupChat' | 'channel';

/** Where an activity happened, and the board that belongs there. */
export interface ConversationScope {
  place: ConversationPlace;
  /** The team's board in its channels; undefined elsewhere, meaning the tenant's default board. */
  boardId: string | undefined;
  team: { id: string; name: string } | undefined;
}

export function scopeOf(activity: IncomingActivity): ConversationScope {
  const type = activity.conversation?.conversationType;
  const team = teamOf(activity);
  const place: ConversationPlace =
    type === 'channel' || (team && type !== 'personal' && type !== 'groupChat')
      ? 'channel'
      : type === 'groupChat'
        ? 'groupChat'
        : 'personal';
  return { place, boardId: place === 'channel' ? team?.id : undefined, team };
}
