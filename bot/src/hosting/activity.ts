import type { Activity } from 'botbuilder';
import { parseInput } from '@ideabar/core';
import { z } from 'zod';

/** The activity types Teams posts to a bot; the rest (traces, invoke responses, handoffs) only ever go out. */
const INBOUND_TYPES = [
  'message',
  'messageUpdate',
  'messageDelete',
  'messageReaction',
  'conversationUpdate',
  'installationUpdate',
  'invoke',
  'event',
  'typing',
  'endOfConversation',
] as const;

/**
 * The invokes IdeaBar answers: card actions (Action.Execute), its message action "Send to IdeaBar", its search in the
 * compose box and the unfurling of its links. The manifest declares nothing else, so Teams sends nothing else;
 * botbuilder would answer anything else 501.
 */
const INVOKES = [
  'adaptiveCard/action',
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'composeExtension/query',
  'composeExtension/queryLink',
];

/** Invokes that only read: a search as someone types, a link as they paste it. They count against no write limit. */
export const READ_ONLY_INVOKES: readonly string[] = ['composeExtension/query', 'composeExtension/queryLink'];

const ID_MAX = 1_024;
const id = (what: string) =>
  z
    .string({ error: `Send ${what} as text.` })
    .min(1, `Send ${what}.`)
    .max(ID_MAX, `Use at most ${ID_MAX} characters.`);

const optionalName = z.string({ error: 'Send the name as text.' }).max(1_000).optional();

const account = z.looseObject(
  {
    id: id('the account id'),
    name: optionalName,
    aadObjectId: z.string({ error: 'Send the Entra object id as text.' }).max(128).optional(),
  },
  { error: 'Send the account as {id, name?, aadObjectId?}.' },
);

const moment = z.iso
  .datetime({ offset: true, local: true, error: 'Use an ISO 8601 date and time.' })
  .optional();

/** What an `adaptiveCard/action` invoke carries: the Action.Execute that was clicked (its data is the verb's). */
const cardActionValue = z.looseObject({
  action: z.looseObject(
    {
      type: z.literal('Action.Execute', { error: 'Only Action.Execute is sent as an invoke.' }),
      verb: z.string({ error: 'Send the verb as text.' }).max(128),
    },
    { error: 'Send the action as {type, verb, data}.' },
  ),
});

const activitySchema = z
  .looseObject(
    {
      type: z.enum(INBOUND_TYPES, {
        error: `Use an activity type Teams sends: ${INBOUND_TYPES.join(', ')}.`,
      }),
      id: z.string({ error: 'Send the activity id as text.' }).max(ID_MAX).optional(),
      channelId: id('the channel id').max(64),
      serviceUrl: z.url({ protocol: /^https?$/, error: 'Send the service URL as an http(s) address.' }),
      conversation: z.looseObject(
        {
          id: id('the conversation id'),
          tenantId: z.string({ error: 'Send the tenant id as text.' }).max(128).optional(),
          conversationType: z.string({ error: 'Send the conversation type as text.' }).max(64).optional(),
          isGroup: z.boolean({ error: 'Use true or false.' }).optional(),
          name: optionalName,
        },
        { error: 'Send the conversation as {id, …}.' },
      ),
      from: account,
      recipient: account,
      timestamp: moment,
      localTimestamp: moment,
      name: z.string({ error: 'Send the invoke name as text.' }).max(256).optional(),
      text: z.string({ error: 'Send the text as text.' }).max(28_000).optional(),
      replyToId: z.string({ error: 'Send the reply-to id as text.' }).max(ID_MAX).optional(),
      action: z.string({ error: 'Send the action as text.' }).max(64).optional(),
      channelData: z
        .looseObject(
          {
            tenant: z
              .looseObject({ id: id('the tenant id') }, { error: 'Send the tenant as {id}.' })
              .optional(),
            team: z
              .looseObject(
                { id: id('the team id'), name: optionalName },
                { error: 'Send the team as {id, name?}.' },
              )
              .optional(),
            channel: z
              .looseObject(
                { id: id('the channel id'), name: optionalName },
                { error: 'Send the channel as {id, name?}.' },
              )
              .optional(),
          },
          { error: 'Send the channel data as an object.' },
        )
        .optional(),
      membersAdded: z.array(account, { error: 'Send the members as a list.' }).max(1_000).optional(),
      membersRemoved: z.array(account, { error: 'Send the members as a list.' }).max(1_000).optional(),
      attachments: z
        .array(z.looseObject({ contentType: id('the content type') }), {
          error: 'Send attachments as a list.',
        })
        .max(50)
        .optional(),
      entities: z
        .array(z.looseObject({ type: id('the entity type') }), { error: 'Send entities as a list.' })
        .max(50)
        .optional(),
    },
    { error: 'Send a Bot Framework activity as a JSON object.' },
  )
  .superRefine((activity, ctx) => {
    if (activity.type !== 'invoke') return;
    if (!activity.name || !INVOKES.includes(activity.name)) {
      const message = `IdeaBar answers these invokes: ${INVOKES.join(', ')}.`;
      ctx.addIssue({ code: 'custom', path: ['name'], message });
    }
    const { value } = activity as { value?: unknown };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'An invoke carries its value as an object.' });
    } else if (activity.name === 'adaptiveCard/action') {
      for (const issue of cardActionValue.safeParse(value).error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', path: ['value', ...issue.path.map(String)], message: issue.message });
      }
    }
  });

/**
 * The activity a POST to the messaging endpoint carries, checked before anything acts on it: every field a
 * handler reads has the shape Teams gives it, so no handler meets an activity without a sender or conversation.
 * What does not fit is a ValidationError naming the fields. Timestamps become Dates, as botbuilder expects.
 */
export function parseActivity(body: unknown): Activity {
  const activity = parseInput(activitySchema, body);
  const withDates: Record<string, unknown> = { ...activity };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const text = activity[field];
    if (text !== undefined) Object.assign(withDates, { [raw]: text, [field]: new Date(text) });
  }
  return withDates as unknown as Activity;
}
