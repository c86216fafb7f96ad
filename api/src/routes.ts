import { cycleReminder, digestReminder, responseNudgeReminder } from '@ideabar/bot';
import type { Config } from './config.js';
import { addComment } from './functions/addComment.js';
import { appealDecline } from './functions/appealDecline.js';
import { approveIdea } from './functions/approveIdea.js';
import { boardChannels } from './functions/boardChannels.js';
import { boardFacets } from './functions/boardFacets.js';
import { findSimilarIdeas } from './functions/findSimilarIdeas.js';
import { assignPartners } from './functions/assignPartners.js';
import { assignToCycle } from './functions/assignToCycle.js';
import { answerIdea } from './functions/answerIdea.js';
import { changeStatus } from './functions/changeStatus.js';
import { cycleResults } from './functions/cycleResults.js';
import { listCycles } from './functions/listCycles.js';
import { openCycle } from './functions/openCycle.js';
import { roadmap } from './functions/roadmap.js';
import { classifyIdea } from './functions/classifyIdea.js';
import { mergeIdea } from './functions/mergeIdea.js';
import { recordBenefits } from './functions/recordBenefits.js';
import { castVote } from './functions/castVote.js';
import { devPeople } from './functions/devPeople.js';
import { devToken } from './functions/devToken.js';
import { exportIdeas } from './functions/exportIdeas.js';
import { getIdea } from './functions/getIdea.js';
import { getInsights } from './functions/getInsights.js';
import { listInbox } from './functions/listInbox.js';
import { health } from './functions/health.js';
import { listBoards } from './functions/listBoards.js';
import { listComments } from './functions/listComments.js';
import { listIdeas } from './functions/listIdeas.js';
import { me } from './functions/me.js';
import { messages } from './functions/messages.js';
import { openTeamBoard } from './functions/openTeamBoard.js';
import { submitIdea } from './functions/submitIdea.js';
import { withdrawVote } from './functions/withdrawVote.js';
import { addCategory } from './functions/addCategory.js';
import { addItMember } from './functions/addItMember.js';
import { getSettings } from './functions/getSettings.js';
import { listAudit } from './functions/listAudit.js';
import { removeItMember } from './functions/removeItMember.js';
import { updateBoard } from './functions/updateBoard.js';
import { updateCategory } from './functions/updateCategory.js';
import { addSavedResponse } from './functions/addSavedResponse.js';
import { listSavedResponses } from './functions/listSavedResponses.js';
import { removeSavedResponse } from './functions/removeSavedResponse.js';
import { updateSavedResponse } from './functions/updateSavedResponse.js';
import { updateSettings } from './functions/updateSettings.js';
import type { RouteDefinition } from './http/route.js';
import { outboxTimer } from './timers/outbox.js';
import { reminderTimer } from './timers/reminders.js';
import type { TimerDefinition } from './timers/timer.js';

/** The HTTP functions of this app: Azure Functions registers them, the local host serves them. */
export function routesFor(config: Config): RouteDefinition[] {
  const routes = [
    health,
    me,
    listBoards,
    openTeamBoard,
    submitIdea,
    listIdeas,
    getIdea,
    castVote,
    withdrawVote,
    listComments,
    addComment,
    changeStatus,
    answerIdea,
    appealDecline,
    assignPartners,
    classifyIdea,
    recordBenefits,
    mergeIdea,
    getInsights,
    listInbox,
    exportIdeas,
    openCycle,
    listCycles,
    cycleResults,
    assignToCycle,
    roadmap,
    getSettings,
    updateSettings,
    updateBoard,
    addCategory,
    updateCategory,
    listSavedResponses,
    addSavedResponse,
    updateSavedResponse,
    removeSavedResponse,
    addItMember,
    removeItMember,
    listAudit,
    approveIdea,
    findSimilarIdeas,
    boardFacets,
    boardChannels,
  ];
  // Without a bot app id no Bot Framework token is checked: fine with dev sign-in on a laptop, never where people
  // sign in with Entra ID, where anyone could otherwise post activities in anyone's name.
  const botRoutes = config.bot.credentials.kind === 'none' && config.auth.mode !== 'dev' ? [] : [messages];
  return config.auth.mode === 'dev'
    ? [...routes, ...botRoutes, devToken, devPeople]
    : [...routes, ...botRoutes];
}

/**
 * The timer functions of this app: the outbox drainer, and each reminder as a schedule and a card (see
 * bot/src/reminders).
 */
export function timersFor(config: Config): TimerDefinition[] {
  return [
    reminderTimer(digestReminder(config.bot.schedules.digest)),
    reminderTimer(cycleReminder()),
    reminderTimer(responseNudgeReminder()),
    outboxTimer(),
  ];
}
