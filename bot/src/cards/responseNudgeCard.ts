import type { IdeaRecord, NudgeStage, Person } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { plainBlock, plainRun } from './plainText.js';

export interface ResponseNudgeInput {
  idea: Pick<IdeaRecord, 'id' | 'boardId' | 'title' | 'author' | 'triage'>;
  stage: NudgeStage;
  waitedBusinessDays: number;
  slaBusinessDays: number;
  /** The idea's IT partner in a personal chat, or the board's channel when it has no partner. */
  audience: 'partner' | 'channel';
}

/** Who is to answer: the partner reading it, a partner IdeaBar cannot reach in a chat, or nobody yet. */
function who(partner: Person | null, audience: ResponseNudgeInput['audience']): CardElement {
  if (audience === 'partner')
    return textBlock('You are its IT partner: a new status with a public answer is all it takes.', {
      isSubtle: true,
    });
  if (partner)
    return plainBlock([
      plainRun('Its IT partner is ', { isSubtle: true }),
      plainRun(partner.name, { isSubtle: true, weight: 'bolder' }),
      plainRun(', whom IdeaBar cannot reach in a chat.', { isSubtle: true }),
    ]);
  return textBlock('It has no IT partner yet: any IT member can answer it, or take it on.', {
    isSubtle: true,
  });
}

const days = (count: number): string =>
  `${count.toLocaleString('en-US')} business day${count === 1 ? '' : 's'}`;

/** Nudges IT about an idea still waiting for its first public answer, shortly before its SLA runs out and after. */
export function responseNudgeCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { idea, stage, waitedBusinessDays, slaBusinessDays, audience }: ResponseNudgeInput,
): AdaptiveCard {
  // A channel has more readers than the idea's audience: an idea awaiting approval keeps its title there.
  const hidden = audience === 'channel' && idea.triage.awaitingApproval;
  const title: CardElement = hidden
    ? textBlock('An idea waiting for approval', { weight: 'bolder', size: 'medium', spacing: 'none' })
    : plainBlock([plainRun(idea.title, { weight: 'bolder', size: 'medium' })], { spacing: 'none' });
  const waiting =
    stage === 'after'
      ? `It has waited ${days(waitedBusinessDays)} for IT's first answer: past the ${days(slaBusinessDays)} IT promises.`
      : `It has waited ${days(waitedBusinessDays)} for IT's first answer; IT promises one within ${days(slaBusinessDays)}.`;
  return adaptiveCard(
    [
      textBlock(stage === 'after' ? 'Overdue for a first answer' : 'Due for a first answer soon', {
        size: 'small',
        weight: 'bolder',
        color: stage === 'after' ? 'attention' : 'warning',
      }),
      title,
      ...(hidden ? [] : [plainBlock([plainRun('From '), plainRun(idea.author.name)], { spacing: 'none' })]),
      textBlock(waiting, { spacing: 'small' }),
      who(idea.triage.itPartner, audience),
    ],
    [{ type: 'Action.OpenUrl', title: 'Answer in IdeaBar', url: ideaLink(settings, idea.id, idea.boardId) }],
  );
}
