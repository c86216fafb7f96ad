/**
 * POST /api/messages against malformed Bot Framework activities, over HTTP to the local host (tables on Azurite,
 * replies to the strict fake Bot Connector on 127.0.0.1): a fixed corpus of what Teams never sends, then
 * property-based mutations of the activities it does send. Every answer is 200 or a 400 in the API's error shape
 * naming the fields; nothing malformed reaches a handler (no reply, no stored conversation, no fault).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADA,
  botAdded,
  cardAction,
  GRACE,
  installation,
  message,
  messageAction,
} from '../../bot/support/activities.js';
import { useBotTestBed } from '../../bot/support/botTestBed.js';
import { validationAnswer } from '../../support/errorAnswers.js';

const RUNS = 200;
const PROPERTY_TIMEOUT = 180_000;

const faults: unknown[] = [];
const bot = useBotTestBed({ host: () => ({ overrides: { faults: (error) => void faults.push(error) } }) });
const { api, connector } = bot;

interface Outcome {
  status: number;
  body: unknown;
  replies: number;
  faults: number;
}

/** Posts one body and reports what it caused besides its answer. */
async function post(body: unknown, raw?: string): Promise<Outcome> {
  const repliesBefore = connector.deliveries.length;
  const faultsBefore = faults.length;
  const answer = await api.request('POST', '/api/messages', {
    ...(raw === undefined ? { body } : { rawBody: raw, headers: { 'content-type': 'application/json' } }),
  });
  await api.host.services.bot.flush();
  return {
    status: answer.status,
    body: answer.body,
    replies: connector.deliveries.length - repliesBefore,
    faults: faults.length - faultsBefore,
  };
}

function expectRefused(outcome: Outcome, context: string) {
  expect(outcome.status, context).toBe(400);
  expect(validationAnswer.safeParse(outcome.body).error?.issues ?? [], context).toEqual([]);
  expect(outcome.replies, `${context}: a handler replied`).toBe(0);
  expect(outcome.faults, `${context}: a handler failed`).toBe(0);
}

const valid = () => ({ ...message(GRACE, 'help'), serviceUrl: bot.serviceUrl });
const without = (key: string) => Object.fromEntries(Object.entries(valid()).filter(([k]) => k !== key));

/**
 * Activities Teams never sends, each missing or spoiling one thing a handler reads; built in the test, once the fake
 * Bot Connector listens, so that what is wrong with each is that one thing and not its service URL as well.
 */
const CORPUS: [string, () => unknown][] = [
  ['no conversation', () => without('conversation')],
  ['no sender', () => without('from')],
  ['no recipient', () => without('recipient')],
  ['no type', () => without('type')],
  ['no channel id', () => without('channelId')],
  ['no service URL', () => without('serviceUrl')],
  ['a conversation without an id', () => ({ ...valid(), conversation: { conversationType: 'personal' } })],
  ['a conversation id that is a number', () => ({ ...valid(), conversation: { id: 42 } })],
  ['a conversation that is text', () => ({ ...valid(), conversation: 'a:1' })],
  ['a sender without an id', () => ({ ...valid(), from: { name: 'Grace' } })],
  ['a sender with an empty id', () => ({ ...valid(), from: { id: '' } })],
  ['a sender that is null', () => ({ ...valid(), from: null })],
  ['a sender name that is an object', () => ({ ...valid(), from: { id: '29:x', name: { first: 'G' } } })],
  ['a service URL that is no URL', () => ({ ...valid(), serviceUrl: 'not a url' })],
  ['a service URL of another scheme', () => ({ ...valid(), serviceUrl: 'file:///etc/passwd' })],
  ['an unknown type', () => ({ ...valid(), type: 'teleport' })],
  ['an outbound type', () => ({ ...valid(), type: 'invokeResponse' })],
  ['a type that is a number', () => ({ ...valid(), type: 7 })],
  [
    'an invoke without a name',
    () => ({ ...cardAction(GRACE, 'vote', { ideaId: 'x' }), serviceUrl: bot.serviceUrl, name: undefined }),
  ],
  ['text that is an array', () => ({ ...valid(), text: ['help'] })],
  [
    'members added that are not a list',
    () => ({ ...botAdded(ADA, 'channel'), serviceUrl: bot.serviceUrl, membersAdded: { id: 'x' } }),
  ],
  [
    'a member added without an id',
    () => ({ ...botAdded(ADA, 'channel'), serviceUrl: bot.serviceUrl, membersAdded: [{ name: 'x' }] }),
  ],
  ['channel data that is text', () => ({ ...valid(), channelData: 'tenant' })],
  ['a tenant that is text', () => ({ ...valid(), channelData: { tenant: 'contoso' } })],
  ['a team without an id', () => ({ ...valid(), channelData: { tenant: { id: 't' }, team: { name: 'x' } } })],
  ['a timestamp that is no date', () => ({ ...valid(), timestamp: 'yesterday' })],
  ['attachments that are not a list', () => ({ ...valid(), attachments: 'card' })],
  ['entities without types', () => ({ ...valid(), entities: [{}] })],
  ['an empty object', () => ({})],
  ['an array', () => [valid()]],
  ['a string', () => 'hello'],
  ['a number', () => 42],
  ['null', () => null],
];

describe('POST /api/messages refuses what it cannot use', () => {
  it('takes the activities Teams sends, so each refusal below is about one flaw only', async () => {
    for (const activity of [
      valid(),
      { ...cardAction(GRACE, 'vote', { ideaId: 'none' }), serviceUrl: bot.serviceUrl },
      { ...installation(ADA, 'add'), serviceUrl: bot.serviceUrl },
      { ...botAdded(ADA, 'channel'), serviceUrl: bot.serviceUrl },
      { ...messageAction(ADA, 'fetchTask', {}), serviceUrl: bot.serviceUrl },
      {
        ...valid(),
        timestamp: '2026-12-01T10:00:00.1234567Z',
        localTimestamp: '2026-12-01T11:00:00.123+01:00',
      },
    ]) {
      const outcome = await post(activity);
      expect(outcome.status, JSON.stringify(activity)).toBe(200);
      expect(outcome.faults).toBe(0);
    }
  });

  it.each(CORPUS)('answers 400 in the error shape for %s, and no handler runs', async (name, activity) => {
    expectRefused(await post(activity()), name);
  });

  it('answers 400 for a body that is not JSON at all', async () => {
    expectRefused(await post(undefined, '{"type": "message", '), 'truncated JSON');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property-based: mutations of the activities Teams sends

/** Any JSON, but never a usable http(s) address: the bot must only ever talk to the fake connector here. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    '',
    ' ',
    [],
    {},
    [{}],
    { id: 1 },
    'a:1',
    '29:x',
    'message',
    'invoke',
  ),
);

const seeds = () => [
  valid(),
  { ...cardAction(GRACE, 'vote', { ideaId: 'none' }), serviceUrl: bot.serviceUrl },
  { ...cardAction(ADA, 'comment', { ideaId: 'none', text: 'hi' }, 'channel'), serviceUrl: bot.serviceUrl },
  { ...installation(ADA, 'add', 'channel'), serviceUrl: bot.serviceUrl },
  { ...botAdded(ADA, 'groupChat'), serviceUrl: bot.serviceUrl },
  {
    ...messageAction(ADA, 'submitAction', { messagePayload: { body: { content: 'x' } } }),
    serviceUrl: bot.serviceUrl,
  },
];

type Json = Record<string, unknown>;

/** One change to one place in the activity: drop it, or put an odd value there (serviceUrl never made usable). */
const mutation = fc.record({
  path: fc.array(
    fc.constantFrom(
      'type',
      'from',
      'conversation',
      'recipient',
      'channelData',
      'id',
      'name',
      'value',
      'tenant',
      'text',
      'membersAdded',
      'channelId',
      'aadObjectId',
      'action',
      'team',
      'timestamp',
      'entities',
      'serviceUrl',
      'replyToId',
      '0',
    ),
    { minLength: 1, maxLength: 3 },
  ),
  drop: fc.boolean(),
  value: oddValue,
});

function mutate(activity: Json, change: { path: string[]; drop: boolean; value: unknown }): Json {
  const copy = structuredClone(activity);
  let at: Json = copy;
  for (const key of change.path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) return copy;
    at = next as Json;
  }
  const last = change.path[change.path.length - 1] as string;
  if (change.drop) Reflect.deleteProperty(at, last);
  else
    at[last] =
      last === 'serviceUrl' && typeof change.value === 'string' ? `not a url ${change.value}` : change.value;
  return copy;
}

describe('POST /api/messages under property-based fuzzing', () => {
  it(
    'answers 200 or a 400 naming the fields, never 5xx, and a refused activity reaches no handler',
    async () => {
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...seeds()),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          async (seed, changes) => {
            const activity = changes.reduce<Json>((current, change) => mutate(current, change), seed as Json);
            const outcome = await post(activity);
            const context = JSON.stringify(activity).slice(0, 600);
            expect([200, 400], `${outcome.status} ${JSON.stringify(outcome.body)} for ${context}`).toContain(
              outcome.status,
            );
            if (outcome.status === 400) {
              refused += 1;
              expectRefused(outcome, context);
            }
          },
        ),
        { numRuns: RUNS },
      );
      // Many mutations land where nothing is read (and are answered 200); a good share must break the activity,
      // or the property would say little about refusals.
      expect(refused).toBeGreaterThan(RUNS / 5);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'answers any JSON that is no activity with a 400 naming the fields',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
          fc.pre(body !== undefined);
          expectRefused(await post(body === null ? null : body), JSON.stringify(body).slice(0, 300));
        }),
        { numRuns: RUNS / 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
