import {
  conversationKeys,
  conversationLocale,
  openTeamBoard,
  type Caller,
  type ConversationKind,
  type ConversationRecord,
} from '@ideabar/core';
import type { IncomingActivity, Turn } from './turn.js';
import type { BotServices } from '../botServices.js';
import { attachmentOf } from '../cards/adaptiveCard.js';
import { welcomeCard } from '../cards/welcomeCard.js';
import { callerOf } from './caller.js';
import { scopeOf } from './conversationScope.js';
import { channelConversationId, serializeReference } from '../outbox/storedReference.js';

/**
 * The records a conversation gets: a person's chat by their id, a group chat or channel by its id, and a team's
 * channel where IdeaBar was installed also as its board's channel (where new ideas and digests go).
 */
function recordsFor(turn: Turn, caller: Caller, installing: boolean, now: Date): ConversationRecord[] {
  const { activity } = turn;
  const scope = scopeOf(activity);
  const conversationId =
    scope.place === 'channel' ? channelConversationId(activity.conversation.id) : activity.conversation.id;
  const reference = serializeReference({
    serviceUrl: activity.serviceUrl,
    conversationId,
    tenantId: caller.tenantId,
    channelId: activity.channelId,
    botId: activity.recipient.id,
  });
  const locale = conversationLocale(activity.locale);
  const base = {
    tenantId: caller.tenantId,
    conversationId,
    reference,
    name: conversationNameOf(activity, conversationId)?.name ?? null,
    ...(locale ? { locale } : {}),
    updatedAt: now,
  };
  if (scope.place === 'personal') {
    return [
      {
        ...base,
        key: conversationKeys.personal(caller.userId),
        kind: 'personal',
        userId: caller.userId,
        boardId: null,
      },
    ];
  }
  const kind: ConversationKind = scope.place === 'channel' ? 'channel' : 'groupChat';
  const records: ConversationRecord[] = [
    {
      ...base,
      key: conversationKeys.other(conversationId),
      kind,
      userId: null,
      boardId: scope.boardId ?? null,
    },
  ];
  if (installing && scope.boardId) {
    records.push({
      ...base,
      key: conversationKeys.board(scope.boardId),
      kind: 'board',
      userId: null,
      boardId: scope.boardId,
    });
  }
  return records;
}

const NAME_MAX = 200;
const clean = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, NAME_MAX) : undefined;

/**
 * What Teams calls a conversation, for people choosing where announcements go: "Platform Team › General" for a
 * channel (Teams often sends the General channel, whose id is the team's, without a name), a group chat's topic.
 * `complete` is false for a channel whose team Teams did not name (messages often carry only the team's id).
 */
function conversationNameOf(
  activity: IncomingActivity,
  conversationId: string,
): { name: string; complete: boolean } | undefined {
  const scope = scopeOf(activity);
  if (scope.place === 'groupChat') {
    const topic = clean(activity.conversation.name);
    return topic ? { name: topic, complete: true } : undefined;
  }
  if (scope.place !== 'channel') return undefined;
  const channelData = activity.channelData as
    { team?: { id?: unknown; name?: unknown }; channel?: { name?: unknown } } | undefined;
  const channel =
    clean(channelData?.channel?.name) ?? (conversationId === channelData?.team?.id ? 'General' : undefined);
  if (!channel) return undefined;
  const team = clean(channelData?.team?.name);
  return team ? { name: `${team} › ${channel}`, complete: true } : { name: channel, complete: false };
}

/**
 * Stores where the bot may speak later and, the first time, says hello. On install the reference is written
 * again (the service URL can change); on an ordinary message only when it is new. A team's first contact opens its
 * board and makes that channel the board's, unless the board already has one.
 */
export async function rememberConversation(
  turn: Turn,
  services: BotServices,
  how: 'install' | 'message',
): Promise<void> {
  const caller = callerOf(turn.activity);
  const scope = scopeOf(turn.activity);
  const { conversations } = services.store;
  const now = services.ideabar.clock.now();
  let records = recordsFor(turn, caller, how === 'install', now);
  const primary = records[0] as ConversationRecord;
  if (how === 'message') {
    const known = await conversations.find(caller.tenantId, primary.key);
    if (known) return refreshKnown(turn, services, known);
    if (
      scope.boardId &&
      !(await conversations.find(caller.tenantId, conversationKeys.board(scope.boardId)))
    ) {
      records = recordsFor(turn, caller, true, now);
    }
  }
  if (scope.team) {
    await openTeamBoard(services.ideabar, caller, { teamId: scope.team.id, name: scope.team.name });
  }
  // A person's chat with the bot that is not the one on record is a new chat (Teams gives a reinstall a new one,
  // and so does each run of the Agents Playground): it is welcomed like a first one.
  const before =
    scope.place === 'personal' ? await conversations.find(caller.tenantId, primary.key) : undefined;
  let created = before !== undefined && before.conversationId !== primary.conversationId;
  for (const record of records) {
    created = (await conversations.save(record)) === 'created' || created;
  }
  if (created) {
    await turn.send({
      type: 'message',
      attachments: [
        attachmentOf(welcomeCard(services.settings, scope.place, scope.boardId, turn.activity.locale)),
      ],
    });
  }
}

/**
 * A conversation the bot knows takes the name Teams sends now, when it had none or Teams now names it in full (a
 * renamed channel), and the language of this message, when it names another: proactive messages there speak the
 * language of whoever last addressed the bot (in a personal chat, the person's own). The board's record of the same
 * channel follows. A partial name never replaces a full one; nothing is written when nothing changed.
 */
async function refreshKnown(turn: Turn, services: BotServices, known: ConversationRecord): Promise<void> {
  const fresh = conversationNameOf(turn.activity, known.conversationId);
  const locale = conversationLocale(turn.activity.locale);
  const renamed = (record: ConversationRecord): boolean =>
    fresh !== undefined && record.name !== fresh.name && (record.name === null || fresh.complete);
  const relocated = (record: ConversationRecord): boolean => locale !== undefined && record.locale !== locale;
  if (!fresh && !relocated(known)) return;
  const { conversations } = services.store;
  const records = [known];
  if (known.boardId && known.kind === 'channel') {
    const board = await conversations.find(known.tenantId, conversationKeys.board(known.boardId));
    if (board?.conversationId === known.conversationId) records.push(board);
  }
  for (const record of records) {
    if (!renamed(record) && !relocated(record)) continue;
    await conversations.save({
      ...record,
      ...(renamed(record) && fresh ? { name: fresh.name } : {}),
      ...(locale ? { locale } : {}),
      updatedAt: services.ideabar.clock.now(),
    });
  }
}

/** Uninstall: the bot may no longer speak there, so nothing it keeps should point there. */
export async function forgetConversation(turn: Turn, services: BotServices): Promise<void> {
  const caller = callerOf(turn.activity);
  for (const record of recordsFor(turn, caller, true, services.ideabar.clock.now())) {
    await services.store.conversations.remove(record.tenantId, record.key);
  }
}
