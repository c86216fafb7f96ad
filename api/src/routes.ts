import { cycleReminder, digestReminder, responseNudgeReminder } from '@ideabar/bot';
import {
  addCategoryInput,
  addCommentInput,
  addItMemberInput,
  addSavedResponseInput,
  answerIdea,
  answerIdeaInput,
  appealDecline,
  appealDeclineInput,
  assignPartners,
  assignPartnersInput,
  assignToCycle,
  assignToCycleInput,
  changeStatus,
  changeStatusInput,
  classifyIdea,
  classifyIdeaInput,
  exportIdeasQuery,
  inboxQuery,
  insightsQuery,
  listAuditQuery,
  listCommentsQuery,
  listCyclesQuery,
  listIdeasQuery,
  mergeIdea,
  mergeIdeaInput,
  openCycleInput,
  openTeamBoardInput,
  recordBenefits,
  recordBenefitsInput,
  roadmapQuery,
  searchPeopleQuery,
  similarIdeasQuery,
  submitIdeaInput,
  updateBoardInput,
  updateCategoryInput,
  updateSavedResponseInput,
  updateSettingsInput,
} from '@ideabar/core';
import type { Config } from './config.js';
import { addCategory } from './functions/addCategory.js';
import { addComment } from './functions/addComment.js';
import { addItMember } from './functions/addItMember.js';
import { addSavedResponse } from './functions/addSavedResponse.js';
import { approveIdea } from './functions/approveIdea.js';
import { boardChannels } from './functions/boardChannels.js';
import { boardFacets } from './functions/boardFacets.js';
import { castVote } from './functions/castVote.js';
import { cycleResults } from './functions/cycleResults.js';
import { devPeople } from './functions/devPeople.js';
import { devToken, devTokenInput } from './functions/devToken.js';
import { exportIdeas } from './functions/exportIdeas.js';
import { findSimilarIdeas } from './functions/findSimilarIdeas.js';
import { getIdea } from './functions/getIdea.js';
import { getInsights } from './functions/getInsights.js';
import { getSettings } from './functions/getSettings.js';
import { health } from './functions/health.js';
import { listAudit } from './functions/listAudit.js';
import { listBoards } from './functions/listBoards.js';
import { listComments } from './functions/listComments.js';
import { listCycles } from './functions/listCycles.js';
import { listIdeas } from './functions/listIdeas.js';
import { listSavedResponses } from './functions/listSavedResponses.js';
import { listInbox } from './functions/listInbox.js';
import { me } from './functions/me.js';
import { messages } from './functions/messages.js';
import { openCycle } from './functions/openCycle.js';
import { openTeamBoard } from './functions/openTeamBoard.js';
import { removeItMember } from './functions/removeItMember.js';
import { removeSavedResponse } from './functions/removeSavedResponse.js';
import { roadmap } from './functions/roadmap.js';
import { searchPeople } from './functions/searchPeople.js';
import { submitIdea } from './functions/submitIdea.js';
import { updateBoard } from './functions/updateBoard.js';
import { updateCategory } from './functions/updateCategory.js';
import { updateSavedResponse } from './functions/updateSavedResponse.js';
import { updateSettings } from './functions/updateSettings.js';
import { withdrawVote } from './functions/withdrawVote.js';
import {
  boardsAnswer,
  commentAnswer,
  commentPageAnswer,
  healthAnswer,
  ideaAnswer,
  ideaDetailAnswer,
  ideaPageAnswer,
  inboxAnswer,
  meAnswer,
  peoplePageAnswer,
  similarIdeasAnswer,
  voteAnswer,
} from './http/answers.js';
import { openApiDocument } from './http/openApi.js';
import { ideaCommand, type Method, type RouteDefinition, type RouteResult } from './http/route.js';
import { outboxTimer } from './timers/outbox.js';
import { reminderTimer } from './timers/reminders.js';
import type { TimerDefinition } from './timers/timer.js';

/**
 * The HTTP API, one row per route, keyed by method and path (relative to /api, Functions' template syntax).
 * `auth`: `user` is anyone signed in, `it` IT members only (the use case checks), `anonymous` anyone. `limit`: the
 * write limit it counts against. `query`, `body` and `answer` are zod schemas, which the OpenAPI description at
 * /api/openapi.json is made of.
 *
 * A new route is one row here: its handler translates between HTTP and one use case, in api/src/functions/ when it
 * has work of its own, or inline (`ideaCommand`) when it only passes the body to a use case.
 */
const API = {
  'GET health': {
    name: 'health',
    auth: 'anonymous',
    storage: false,
    handle: health,
    answer: healthAnswer,
    summary: 'Whether the API and its storage answer (503 with Retry-After when storage does not).',
  },
  'GET openapi.json': {
    name: 'openApi',
    auth: 'anonymous',
    storage: false,
    handle: async (_input, { config }) => describedApi(config),
    summary:
      'This API described in OpenAPI 3.1, made from this table (for integrators and the Copilot agent).',
  },
  'GET me': {
    name: 'me',
    auth: 'user',
    handle: me,
    answer: meAnswer,
    summary: 'Who the caller is, and whether they are in IT.',
  },

  'GET boards': {
    name: 'listBoards',
    auth: 'user',
    handle: listBoards,
    answer: boardsAnswer,
    summary: "The tenant's idea boards.",
  },
  'POST boards': {
    name: 'openTeamBoard',
    auth: 'user',
    handle: openTeamBoard,
    body: openTeamBoardInput,
    summary: "Open a team's board, or find the one it has (201 when opened, 200 when it was there).",
  },
  'PUT boards/{id}': {
    name: 'updateBoard',
    auth: 'it',
    handle: updateBoard,
    body: updateBoardInput,
    summary: "Change a board's name, description, tags, moderation, channel or digest.",
  },
  'GET boards/{id}/facets': {
    name: 'boardFacets',
    auth: 'user',
    handle: boardFacets,
    summary: "The categories and tags a board's ideas use, to filter by.",
  },
  'GET boards/{id}/channels': {
    name: 'boardChannels',
    auth: 'it',
    handle: boardChannels,
    summary: "The board's channels that IdeaBar can post announcements in.",
  },
  'POST boards/{id}/categories': {
    name: 'addCategory',
    auth: 'it',
    handle: addCategory,
    body: addCategoryInput,
    status: 201,
    summary: 'Add a category to a board.',
  },
  'PUT boards/{id}/categories/{categoryId}': {
    name: 'updateCategory',
    auth: 'it',
    handle: updateCategory,
    body: updateCategoryInput,
    summary: 'Rename or retire a category (retired ones stay on old ideas).',
  },
  'GET boards/{id}/saved-responses': {
    name: 'listSavedResponses',
    auth: 'it',
    handle: listSavedResponses,
    summary: "A board's saved responses, for IT to pick from when answering.",
  },
  'POST boards/{id}/saved-responses': {
    name: 'addSavedResponse',
    auth: 'it',
    handle: addSavedResponse,
    body: addSavedResponseInput,
    status: 201,
    summary: 'Save a common answer (title and text) on a board.',
  },
  'PUT boards/{id}/saved-responses/{responseId}': {
    name: 'updateSavedResponse',
    auth: 'it',
    handle: updateSavedResponse,
    body: updateSavedResponseInput,
    summary: 'Change a saved response.',
  },
  'DELETE boards/{id}/saved-responses/{responseId}': {
    name: 'removeSavedResponse',
    auth: 'it',
    handle: removeSavedResponse,
    summary: 'Remove a saved response.',
  },

  'GET ideas': {
    name: 'listIdeas',
    auth: 'user',
    handle: listIdeas,
    query: listIdeasQuery,
    answer: ideaPageAnswer,
    summary: 'Search and list ideas on a board, filtered by status, category, tag or words, and sorted.',
  },
  'POST ideas': {
    name: 'submitIdea',
    auth: 'user',
    limit: 'ideas',
    handle: submitIdea,
    body: submitIdeaInput,
    status: 201,
    answer: ideaAnswer,
    summary: 'Submit an idea to a board.',
  },
  'GET similar-ideas': {
    name: 'findSimilarIdeas',
    auth: 'user',
    handle: findSimilarIdeas,
    query: similarIdeasQuery,
    answer: similarIdeasAnswer,
    summary: 'Ideas like a title being typed, to vote for one instead of submitting it twice.',
  },
  'GET ideas/{id}': {
    name: 'getIdea',
    auth: 'user',
    handle: getIdea,
    answer: ideaDetailAnswer,
    summary: "One idea with its status, IT's decisions and its history.",
  },
  'PUT ideas/{id}/vote': {
    name: 'castVote',
    auth: 'user',
    limit: 'votes',
    handle: castVote,
    answer: voteAnswer,
    summary: 'Vote for an idea (once per person; voting again changes nothing).',
  },
  'DELETE ideas/{id}/vote': {
    name: 'withdrawVote',
    auth: 'user',
    limit: 'votes',
    handle: withdrawVote,
    answer: voteAnswer,
    summary: "Take back one's vote for an idea.",
  },
  'GET ideas/{id}/comments': {
    name: 'listComments',
    auth: 'user',
    handle: listComments,
    query: listCommentsQuery,
    answer: commentPageAnswer,
    summary: "An idea's comments, a page at a time.",
  },
  'POST ideas/{id}/comments': {
    name: 'addComment',
    auth: 'user',
    limit: 'comments',
    handle: addComment,
    body: addCommentInput,
    status: 201,
    answer: commentAnswer,
    summary: 'Comment on an idea.',
  },
  'POST ideas/{id}/appeal': {
    name: 'appealDecline',
    auth: 'user',
    limit: 'appeals',
    handle: ideaCommand(appealDecline),
    body: appealDeclineInput,
    answer: ideaAnswer,
    summary: "The author appeals IT's decline of their idea, once.",
  },

  'POST ideas/{id}/status': {
    name: 'changeStatus',
    auth: 'it',
    handle: ideaCommand(changeStatus),
    body: changeStatusInput,
    answer: ideaAnswer,
    summary:
      'Move an idea to a new status with a public response (a decline names its rule and a path to yes).',
  },
  'POST ideas/{id}/answer': {
    name: 'answerIdea',
    auth: 'it',
    handle: ideaCommand(answerIdea),
    body: answerIdeaInput,
    answer: ideaAnswer,
    summary: "Answer an idea in public without changing its status; the first answer is IT's first response.",
  },
  'POST ideas/{id}/approve': {
    name: 'approveIdea',
    auth: 'it',
    handle: approveIdea,
    answer: ideaAnswer,
    summary: "Approve an idea waiting in a moderated board's queue.",
  },
  'PUT ideas/{id}/partners': {
    name: 'assignPartners',
    auth: 'it',
    handle: ideaCommand(assignPartners),
    body: assignPartnersInput,
    answer: ideaAnswer,
    summary: "Name the idea's IT partner and business sponsor.",
  },
  'PUT ideas/{id}/classification': {
    name: 'classifyIdea',
    auth: 'it',
    handle: ideaCommand(classifyIdea),
    body: classifyIdeaInput,
    answer: ideaAnswer,
    summary: 'Classify the idea: core or non-core, sourcing, value and effort (which give its priority).',
  },
  'PUT ideas/{id}/benefits': {
    name: 'recordBenefits',
    auth: 'it',
    handle: ideaCommand(recordBenefits),
    body: recordBenefitsInput,
    answer: ideaAnswer,
    summary: 'Record the benefit expected and, once delivered, measured.',
  },
  'POST ideas/{id}/merge': {
    name: 'mergeIdea',
    auth: 'it',
    handle: ideaCommand(mergeIdea),
    body: mergeIdeaInput,
    summary: 'Merge a duplicate into the idea it repeats; its votes move with it.',
  },
  'PUT ideas/{id}/cycle': {
    name: 'assignToCycle',
    auth: 'it',
    handle: ideaCommand(assignToCycle),
    body: assignToCycleInput,
    answer: ideaAnswer,
    summary: 'Add an idea to a planning cycle, or take it out.',
  },

  'GET inbox': {
    name: 'listInbox',
    auth: 'it',
    handle: listInbox,
    query: inboxQuery,
    answer: inboxAnswer,
    summary: "IT's inbox: the ideas waiting for a first answer, oldest first, with their SLA state.",
  },
  'GET insights': {
    name: 'getInsights',
    auth: 'user',
    handle: getInsights,
    query: insightsQuery,
    summary:
      'How IT answers: response times, the share within the SLA, decisions, areas, funnel and benefits.',
  },
  'GET export/ideas.csv': {
    name: 'exportIdeas',
    auth: 'it',
    handle: exportIdeas,
    query: exportIdeasQuery,
    answerType: 'text/csv',
    summary: "IT's planning export: every idea with its decisions, as a CSV download.",
  },

  'GET cycles': {
    name: 'listCycles',
    auth: 'user',
    handle: listCycles,
    query: listCyclesQuery,
    summary: "A board's planning cycles.",
  },
  'POST cycles': {
    name: 'openCycle',
    auth: 'it',
    handle: openCycle,
    body: openCycleInput,
    status: 201,
    summary: 'Open a planning cycle on a board, with its submission and voting windows.',
  },
  'GET cycles/{id}/results': {
    name: 'cycleResults',
    auth: 'user',
    handle: cycleResults,
    summary: "A cycle's ideas ranked into its shortlist for IT review.",
  },
  'GET roadmap': {
    name: 'roadmap',
    auth: 'user',
    handle: roadmap,
    query: roadmapQuery,
    summary: 'What is planned, in progress and delivered, per cycle.',
  },

  'GET settings': {
    name: 'getSettings',
    auth: 'it',
    handle: getSettings,
    summary: "The tenant's settings: the response SLA, reminder lead times, currency and working days.",
  },
  'PUT settings': {
    name: 'updateSettings',
    auth: 'it',
    handle: updateSettings,
    body: updateSettingsInput,
    summary: "Change the tenant's response SLA, reminder lead times, currency or working days (audited).",
  },
  'POST it-members': {
    name: 'addItMember',
    auth: 'it',
    handle: addItMember,
    body: addItMemberInput,
    summary: 'Make someone an IT member (audited).',
  },
  'DELETE it-members/{userId}': {
    name: 'removeItMember',
    auth: 'it',
    handle: removeItMember,
    summary: 'Take someone out of IT (audited; the last IT member stays).',
  },
  'GET people': {
    name: 'searchPeople',
    auth: 'it',
    handle: searchPeople,
    query: searchPeopleQuery,
    answer: peoplePageAnswer,
    summary:
      'The people IdeaBar knows in the tenant whose name holds the words typed, by name, a page at a time (to name a sponsor or an IT member outside Teams).',
  },
  'GET audit': {
    name: 'listAudit',
    auth: 'it',
    handle: listAudit,
    query: listAuditQuery,
    summary: 'The audit trail of changes to settings, boards, categories and IT members, newest first.',
  },
} as const satisfies Table;

/** The bot's messaging endpoint: Teams (through Bot Service) posts activities here. */
const BOT = {
  'POST messages': {
    name: 'messages',
    auth: 'botFramework',
    storage: true,
    handle: messages,
    summary: "The bot's messaging endpoint, for Bot Service only (its own Bot Framework token).",
  },
} as const satisfies Table;

/** Local sign-in, for development and tests only: registered only when AUTH_MODE=dev. */
const DEV = {
  'POST dev/token': {
    name: 'devToken',
    auth: 'anonymous',
    storage: true,
    handle: devToken,
    body: devTokenInput,
    summary: 'A dev-signed token for anyone (dev mode only).',
  },
  'GET dev/people': {
    name: 'devPeople',
    auth: 'anonymous',
    storage: false,
    handle: devPeople,
    summary: "The demo tenant's people, for the local sign-in picker (dev mode only).",
  },
} as const satisfies Table;

/** The HTTP functions of this app: Azure Functions registers them, the local host serves them. */
export function routesFor(config: Config): RouteDefinition[] {
  // Without a bot app id no Bot Framework token is checked: fine with dev sign-in on a laptop, never where people
  // sign in with Entra ID, where anyone could otherwise post activities in anyone's name.
  const bot = config.bot.credentials.kind === 'none' && config.auth.mode !== 'dev' ? {} : BOT;
  return rowsOf({ ...API, ...bot, ...(config.auth.mode === 'dev' ? DEV : {}) });
}

const descriptions = new WeakMap<Config, RouteResult>();

/**
 * The OpenAPI description of this process's routes, made once: the table cannot change while it runs. Its server is
 * `/api` on whatever host served it; with Entra sign-in it offers the OAuth flow for IdeaBar's own scope.
 */
function describedApi(config: Config): RouteResult {
  let answer = descriptions.get(config);
  if (!answer) {
    const scope = config.auth.mode === 'entra' ? `${config.auth.audiences[0]}/access_as_user` : undefined;
    answer = {
      status: 200,
      body: openApiDocument(routesFor(config), { serverUrl: '/api', ...(scope ? { scope } : {}) }),
      headers: { 'cache-control': 'public, max-age=3600' },
    };
    descriptions.set(config, answer);
  }
  return answer;
}

/** A route's row: everything but the method and path, which are its key. */
type Row = RouteDefinition extends infer R
  ? R extends RouteDefinition
    ? Omit<R, 'method' | 'path'>
    : never
  : never;
type Table = Record<`${Method} ${string}`, Row>;

function rowsOf(table: Table): RouteDefinition[] {
  return Object.entries(table).map(([key, row]) => {
    const [method, path] = key.split(' ') as [Method, string];
    return { ...row, method, path } as RouteDefinition;
  });
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
