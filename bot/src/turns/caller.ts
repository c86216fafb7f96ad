import { cleanTypedText, ID_PATTERN, UnauthorizedError, type Caller } from '@ideabar/core';
import type { IncomingActivity } from './turn.js';

/** The tenant an activity comes from: Teams puts it on the conversation and in channelData. */
export function tenantOf(activity: IncomingActivity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  return activity.conversation?.tenantId ?? fromChannelData;
}

/**
 * Who is acting: the Entra object id Teams sends with every activity (the same id the API's tokens carry), in the
 * tenant of the conversation. The Bot Framework token has been checked by the adapter before any handler runs.
 */
export function callerOf(activity: IncomingActivity): Caller {
  const tenantId = tenantOf(activity);
  const userId = activity.from?.aadObjectId ?? activity.from?.id;
  if (!tenantId || !userId || !ID_PATTERN.test(tenantId) || !ID_PATTERN.test(userId)) {
    throw new UnauthorizedError('IdeaBar could not tell who you are in which organization.');
  }
  // The name is shown beside ideas and comments: the rule for what people type applies to it too.
  return { tenantId, userId, name: cleanTypedText(activity.from.name ?? '').trim() || 'Someone' };
}

/** The team of a channel conversation, if any. */
export function teamOf(activity: IncomingActivity): { id: string; name: string } | undefined {
  const channelData = activity.channelData as { team?: { id?: unknown; name?: unknown } } | undefined;
  const id = channelData?.team?.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return undefined;
  const name = typeof channelData?.team?.name === 'string' ? channelData.team.name : 'Team board';
  return { id, name: name.trim().slice(0, 80) || 'Team board' };
}
