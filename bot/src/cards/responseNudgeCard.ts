import { translatorFor, type IdeaRecord, type NudgeStage, type Person, type Translator } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { plainBlock, plainRun, runsAround } from './plainText.js';

export interface ResponseNudgeInput {
  idea: Pick<IdeaRecord, 'id' | 'boardId' | 'title' | 'author' | 'triage'>;
  stage: NudgeStage;
  waitedBusinessDays: number;
  slaBusinessDays: number;
  /** The idea's IT partner in a personal chat, or the board's channel when it has no partner. */
  audience: 'partner' | 'channel';
  /** The partner's or the channel's language, as stored with that conversation; English when unknown. */
  locale?: string | null | undefined;
}

/** Who is to answer: the partner reading it, a partner IdeaBar cannot reach in a chat, or nobody yet. */
function who(
  partner: Person | null,
  audience: ResponseNudgeInput['audience'],
  { t }: Translator,
): CardElement {
  if (audience === 'partner') return textBlock(t('notice.nudge.youArePartner'), { isSubtle: true });
  if (partner)
    return plainBlock(
      runsAround((name) => t('notice.nudge.partnerUnreachable', { name }), partner.name, {
        weight: 'bolder',
      }).map((run) => ({ ...run, isSubtle: true })),
    );
  return textBlock(t('notice.nudge.noPartner'), { isSubtle: true });
}

/** Nudges IT about an idea still waiting for its first public answer, shortly before its SLA runs out and after. */
export function responseNudgeCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { idea, stage, waitedBusinessDays, slaBusinessDays, audience, locale }: ResponseNudgeInput,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  // A channel has more readers than the idea's audience: an idea awaiting approval keeps its title there.
  const hidden = audience === 'channel' && idea.triage.awaitingApproval;
  const title: CardElement = hidden
    ? textBlock(t('notice.nudge.awaitingApproval'), { weight: 'bolder', size: 'medium', spacing: 'none' })
    : plainBlock([plainRun(idea.title, { weight: 'bolder', size: 'medium' })], { spacing: 'none' });
  const days = { waited: waitedBusinessDays, sla: slaBusinessDays };
  const waiting = t(stage === 'after' ? 'notice.nudge.waitedPast' : 'notice.nudge.waitedDue', days);
  return adaptiveCard(
    [
      textBlock(t(stage === 'after' ? 'notice.nudge.overdue' : 'notice.nudge.dueSoon'), {
        size: 'small',
        weight: 'bolder',
        color: stage === 'after' ? 'attention' : 'warning',
      }),
      title,
      ...(hidden
        ? []
        : [
            plainBlock(
              runsAround((name) => t('notice.nudge.from', { name }), idea.author.name),
              { spacing: 'none' },
            ),
          ]),
      textBlock(waiting, { spacing: 'small' }),
      who(idea.triage.itPartner, audience, translator),
    ],
    [
      {
        type: 'Action.OpenUrl',
        title: t('notice.nudge.answer'),
        url: ideaLink(settings, idea.id, idea.boardId),
      },
    ],
    undefined,
    translator.dir,
  );
}
