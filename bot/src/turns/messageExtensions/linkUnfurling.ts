import { IdeaBarError, parseInput } from '@ideabar/core';
import type { IncomingActivity } from '../turn.js';
import { z } from 'zod';
import type { BotServices } from '../../botServices.js';
import { callerOf } from '../caller.js';
import { ideaIdInLink } from './ideaLinks.js';
import { ideaResult, results, type ComposeExtensionAnswer } from './ideaResult.js';

const linkValue = z.looseObject({ url: z.string({ error: 'Send the link as text.' }).max(2_048) });

/**
 * An IdeaBar link pasted into a message unfurls into the idea's card, read as the person who pasted it. A link to an
 * idea they may not see — unknown, hidden, or another organisation's — unfurls to nothing, exactly like a link that
 * is not IdeaBar's, so a link says nothing about what is behind it.
 */
export async function answerLinkUnfurling(
  activity: IncomingActivity,
  services: BotServices,
  value: unknown,
): Promise<ComposeExtensionAnswer> {
  try {
    const { url } = parseInput(linkValue, value, 'value');
    const ideaId = ideaIdInLink(services.settings, url);
    if (!ideaId) return results([]);
    const requester = { caller: callerOf(activity), teamsUserId: activity.from.id, locale: activity.locale };
    return results([await ideaResult(services, requester, ideaId)]);
  } catch (error) {
    if (!(error instanceof IdeaBarError)) services.faults(error);
    return results([]);
  }
}
