import type { Activity } from 'botbuilder';

/** Fixture activities as Teams sends them: the fields IdeaBar reads, with Teams' shapes and ids. */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const OTHER_TENANT = 'c6a3d8c2-1111-4a7a-9d40-0123456789ab';
export const BOT = { id: '28:ideabar-bot', name: 'IdeaBar' };
export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
export const TEAM = { id: '19:team-general@thread.tacv2', name: 'Platform Team' };

export interface Person {
  teamsId: string;
  aadObjectId: string;
  name: string;
}

export const ADA: Person = { teamsId: '29:ada', aadObjectId: 'aad-ada', name: 'Ada Lovelace' };
export const GRACE: Person = { teamsId: '29:grace', aadObjectId: 'aad-grace', name: 'Grace Hopper' };

export type Place = 'personal' | 'channel' | 'groupChat';

function base(person: Person, place: Place, tenantId = TENANT): Partial<Activity> {
  const conversation =
    place === 'personal'
      ? { id: `a:personal-${person.aadObjectId}`, conversationType: 'personal', tenantId, isGroup: false }
      : place === 'channel'
        ? { id: `${TEAM.id};messageid=1700000000000`, conversationType: 'channel', tenantId, isGroup: true }
        : { id: '19:group-chat@thread.v2', conversationType: 'groupChat', tenantId, isGroup: true };
  return {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: person.teamsId, aadObjectId: person.aadObjectId, name: person.name },
    recipient: BOT,
    conversation: conversation as Activity['conversation'],
    channelData: {
      tenant: { id: tenantId },
      ...(place === 'channel' ? { team: TEAM, channel: { id: TEAM.id, name: 'General' } } : {}),
    },
  };
}

export function message(
  person: Person,
  text: string,
  place: Place = 'personal',
  tenantId?: string,
): Partial<Activity> {
  const mention = place === 'personal' ? '' : `<at>${BOT.name}</at> `;
  return {
    ...base(person, place, tenantId),
    type: 'message',
    text: `${mention}${text}`,
    entities:
      place === 'personal'
        ? []
        : [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: { id: BOT.id, name: BOT.name } }],
  };
}

export function installation(
  person: Person,
  action: 'add' | 'remove',
  place: Place = 'personal',
): Partial<Activity> {
  return { ...base(person, place), type: 'installationUpdate', action };
}

export function botAdded(person: Person, place: Place): Partial<Activity> {
  const activity = base(person, place);
  return {
    ...activity,
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id, name: BOT.name }],
    // Teams names the event in channelData; in a team it is teamMemberAdded, with the team's details.
    channelData: {
      ...activity.channelData,
      ...(place === 'channel' ? { eventType: 'teamMemberAdded' } : {}),
    },
  };
}

export function cardAction(
  person: Person,
  verb: string,
  data: Record<string, unknown>,
  place: Place = 'personal',
  options: { replyToId?: string; tenantId?: string } = {},
): Partial<Activity> {
  return {
    ...base(person, place, options.tenantId),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: options.replyToId ?? 'card-message-1',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function submitted(
  person: Person,
  data: Record<string, unknown>,
  place: Place = 'personal',
): Partial<Activity> {
  return { ...base(person, place), type: 'message', replyToId: 'card-message-1', value: data };
}

export function messageAction(
  person: Person,
  kind: 'fetchTask' | 'submitAction',
  data: Record<string, unknown>,
  place: Place = 'channel',
): Partial<Activity> {
  return {
    ...base(person, place),
    type: 'invoke',
    name: `composeExtension/${kind}`,
    value: { commandId: 'sendToIdeaBar', commandContext: 'message', ...data },
  };
}

/** Someone types in the compose box's IdeaBar search (`composeExtension/query`); no text is Teams' initial run. */
export function searchQuery(
  person: Person,
  text: string | null,
  place: Place = 'channel',
  options: { skip?: number; count?: number; tenantId?: string; locale?: string; commandId?: string } = {},
): Partial<Activity> {
  return {
    ...base(person, place, options.tenantId),
    type: 'invoke',
    name: 'composeExtension/query',
    ...(options.locale ? { locale: options.locale } : {}),
    value: {
      commandId: options.commandId ?? 'searchIdeas',
      commandContext: 'compose',
      parameters: [text === null ? { name: 'initialRun', value: 'true' } : { name: 'query', value: text }],
      queryOptions: { skip: options.skip ?? 0, count: options.count ?? 25 },
    },
  };
}

/** Someone pastes a link from a domain the manifest registers (`composeExtension/queryLink`). */
export function linkQuery(
  person: Person,
  url: string,
  place: Place = 'groupChat',
  options: { tenantId?: string; locale?: string } = {},
): Partial<Activity> {
  return {
    ...base(person, place, options.tenantId),
    type: 'invoke',
    name: 'composeExtension/queryLink',
    ...(options.locale ? { locale: options.locale } : {}),
    value: { url },
  };
}
