/**
 * Property-based fuzzing of the JSON API over HTTP, against the local host and a real Azurite. Whatever a client
 * sends, the answer is never a 5xx, every 400 names the fields at fault, every success has the documented shape,
 * and a refused write leaves nothing behind.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_BODY_BYTES } from '../../../api/src/http/pipeline.js';
import { cleanTypedText, ID_PATTERN, IDEA_LIMITS, IDEA_STATUSES, SORTS } from '../../../core/src/index.js';
import { errorAnswer } from '../../support/errorAnswers.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const RUNS = 150;
const PROPERTY_TIMEOUT = 120_000;

const fuzzer: Person = { tenantId: 'fuzz-tenant', userId: 'fuzzer', name: 'Fuzz Tester' };

// ---------------------------------------------------------------------------------------------------------------
// Answers, and what a documented answer looks like

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

const isoDate = z.iso.datetime();
const person = z.strictObject({ id: z.string().min(1), name: z.string() });
const ideaView = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  boardId: z.string().regex(ID_PATTERN),
  cycleId: z.null(),
  title: z.string().min(IDEA_LIMITS.titleMin).max(IDEA_LIMITS.titleMax),
  description: z.string().min(1).max(IDEA_LIMITS.descriptionMax),
  category: z.string().min(1).max(IDEA_LIMITS.categoryMax).nullable(),
  tags: z.array(z.string().min(1).max(IDEA_LIMITS.tagMax)).max(IDEA_LIMITS.tagsMax),
  status: z.enum(IDEA_STATUSES),
  votes: z.number().int().nonnegative(),
  myVote: z.boolean(),
  commentCount: z.number().int().nonnegative(),
  author: person,
  createdAt: isoDate,
  updatedAt: isoDate,
  // Triage: nothing the fuzzer can set (it is no IT member), so every idea it sees is untriaged.
  decline: z.null(),
  appeal: z.null(),
  itPartner: z.null(),
  sponsor: z.null(),
  classification: z.null(),
  expectedBenefit: z.null(),
  measuredBenefit: z.null(),
  duplicateOf: z.null(),
  firstResponseAt: z.null(),
  awaitingApproval: z.literal(false),
});
const ideaPage = z.strictObject({
  items: z.array(ideaView),
  nextCursor: z.string().min(1).nullable(),
  total: z.number().int().nonnegative(),
});
const commentView = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  ideaId: z.string().regex(ID_PATTERN),
  author: person,
  text: z.string().min(1).max(IDEA_LIMITS.commentMax),
  createdAt: isoDate,
});
const commentPage = z.strictObject({ items: z.array(commentView), nextCursor: z.string().min(1).nullable() });
const devTokenAnswer = z.strictObject({ token: z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
const meAnswer = z.strictObject({
  userId: z.string(),
  tenantId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(['employee', 'it'])),
});

const CODES: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
};

interface Expectation {
  /** The statuses this request may answer with, success first. */
  statuses: readonly number[];
  /** The shape of the success answer. */
  success: z.ZodType;
  /** What a validation error may name: body keys (and `body`) or query names. */
  fields: readonly string[];
}

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues;
};

/** Asserts the answer keeps the API's promises, and returns its body for further checks. */
function expectDocumented(answer: Answer, expected: Expectation): unknown {
  const context = `${answer.status} ${answer.text.slice(0, 600)}`;
  expect(answer.status, context).toBeLessThan(500);
  expect(expected.statuses, context).toContain(answer.status);
  expect(answer.headers.get('content-type'), context).toMatch(/^application\/json/);
  if (answer.status < 300) {
    expect(issuesOf(expected.success, answer.body), context).toEqual([]);
    return answer.body;
  }
  expect(issuesOf(errorAnswer, answer.body), context).toEqual([]);
  const { code, fields } = (answer.body as z.infer<typeof errorAnswer>).error;
  expect(code, context).toBe(CODES[answer.status]);
  if (answer.status === 400) {
    expect(fields, context).toBeDefined();
    for (const { field } of fields ?? []) expect(expected.fields, context).toContain(field.split('.')[0]);
  } else {
    expect(fields, context).toBeUndefined();
  }
  return answer.body;
}

// ---------------------------------------------------------------------------------------------------------------
// What to send

/** Characters that trip up text handling: controls, invisibles, combining marks, surrogate halves, separators. */
const trickyChar = fc.constantFrom(
  ...['\u0000', '\u0007', '\b', '\u001b', '\u007f', '\u000b', '\f', '\t', '\n', '\r', '\u0085', '\u00a0'],
  ...['\u2028', '\u200b', '\u200d', '\u202e', '\ufeff', '\ud800', '\udfff', '\ufffd', 'é', 'e\u0301', '😀'],
  ...[
    '👩‍💻',
    '"',
    "'",
    '\\',
    '/',
    '|',
    '#',
    '?',
    '%',
    '&',
    '=',
    '+',
    '<',
    '>',
    ' ',
    'a',
    'Z',
    '0',
    '.',
    '-',
    ':',
  ],
);
const trickyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(trickyChar, { maxLength: 40 }).map((chars) => chars.join('')),
);

/** Lengths at and around every limit the API has, in UTF-16 units as the limits count them. */
const LIMIT_LENGTHS = [
  ...[0, 1, 2, 3, 4, 29, 30, 31, 59, 60, 61, 99, 100, 101, 119, 120, 121, 127, 128, 129, 199, 200, 201],
  ...[999, 1_000, 1_001, 1_999, 2_000, 2_001, 3_999, 4_000, 4_001],
];
const textOfLength = (lengths: readonly number[]) =>
  fc
    .tuple(
      fc.constantFrom('a', ' ', 'é', '😀', 'ab ', '\u0000', '\n'),
      fc.constantFrom(...lengths),
      fc.constantFrom('', ' ', '\n', '\t', 'x'),
    )
    .map(
      ([unit, length, edge]) => edge + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + edge,
    );
/** Text near the field limits, and near and past the 64 KB body limit. */
const nearLimitText = textOfLength([...LIMIT_LENGTHS, 16_000, 32_000, 60_000, 70_000]);

const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }));

/** A value for one field that is probably wrong: odd text, text at the limits, or another type altogether. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: trickyText },
  { weight: 2, arbitrary: nearLimitText },
  { weight: 2, arbitrary: anyJson },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 1e308, '', ' ', [], {}, ['a'], { '': '' }),
  },
);

/** Mostly a good value, often an odd one; absent (and so left out of the JSON) once in `absentOneIn` times. */
const fieldOf = (good: fc.Arbitrary<unknown>, absentOneIn = 12) =>
  fc.option(fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: oddValue }), {
    nil: undefined,
    freq: absentOneIn,
  });

/** Keys no endpoint knows, which must be ignored or refused, never stored. */
const extraKeys = fc.option(fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 3 }), {
  nil: {},
  freq: 2,
});

const words = (maxCount: number) => fc.lorem({ mode: 'words', maxCount });
const idLike = fc.oneof(fc.stringMatching(/^[A-Za-z0-9._:@-]{1,128}$/), fc.uuid());

const ideaFields = fc.record({
  extra: extraKeys,
  title: fieldOf(
    fc.oneof(words(8), fc.constantFrom('  Self-service VPN access ', 'Café Wi-Fi 😀', 'a\tb\nc')),
  ),
  description: fieldOf(fc.oneof(fc.lorem({ mode: 'sentences', maxCount: 4 }), fc.constant('  \n x \n'))),
  category: fieldOf(fc.oneof(words(3), fc.constant(null)), 3),
  tags: fieldOf(fc.array(fc.oneof(words(1), fc.constantFrom('vpn', 'VPN', ' wifi ')), { maxLength: 6 }), 3),
  boardId: fieldOf(fc.constantFrom('default'), 3),
});
const ideaShaped = ideaFields.map(({ extra, ...fields }) => ({ ...extra, ...fields }));
const ideaBody = fc.oneof(
  { weight: 6, arbitrary: ideaShaped },
  { weight: 2, arbitrary: anyJson },
  { weight: 1, arbitrary: fc.array(ideaShaped, { maxLength: 2 }) },
);

const commentBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ extra: extraKeys, text: fieldOf(fc.lorem({ mode: 'sentences', maxCount: 3 })) })
      .map(({ extra, text }) => ({ ...extra, text })),
  },
  { weight: 1, arbitrary: anyJson },
);

const devTokenBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        extra: extraKeys,
        tenantId: fieldOf(idLike),
        userId: fieldOf(idLike),
        name: fieldOf(fc.oneof(words(3), fc.constantFrom('  Ada Lovelace  ', 'Zoë 😀'))),
        roles: fieldOf(
          fc.oneof(
            fc.subarray(['employee', 'it']),
            fc.array(fc.oneof(fc.constantFrom('it', 'employee', 'IT', 'admin', ''), oddValue), {
              maxLength: 3,
            }),
          ),
          3,
        ),
      })
      .map(({ extra, ...fields }) => ({ ...extra, ...fields })),
  },
  { weight: 1, arbitrary: anyJson },
);

/** Bodies that are not JSON: broken JSON, other formats, arbitrary text and arbitrary bytes (not even UTF-8). */
const notJsonBody: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc
    .constantFrom(
      '{',
      '{"title": "Broken",}',
      "{'title': 'Single quotes'}",
      '{"title": "Two"}{"title": "Objects"}',
      'NaN',
      'undefined',
      '<idea><title>XML</title></idea>',
      'title=Form+encoded&description=yes',
      '{"title": "Lone \\ud800 escape", "description": "ok"',
      '\u0000',
    )
    .map((text) => new TextEncoder().encode(text)),
  anyJson.map((value) => new TextEncoder().encode(JSON.stringify(value).slice(0, -1) + ',')),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 300 }),
);

// Query strings: right names with garbage values, wrong names, and percent-encoding oddities.

// prettier-ignore
const PERCENT_ODDITIES = [
  '%', '%%', '%2', '%zz', '%00', '%0A', '%C3', '%C3%28', '%E0%A4%A', '%ED%A0%80', '%FF', '%C0%AF', '+', '%2B',
  '%26', '%3D', '%23', '%3F', '%20', '%u0041', '%252F', '&', '=', '==', ';',
];
const rawQueryText = fc
  .array(fc.oneof(trickyChar, fc.constantFrom(...PERCENT_ODDITIES)), { maxLength: 8 })
  .map((parts) => parts.join(''));
const oddQueryValue = fc.oneof(
  rawQueryText,
  trickyText,
  textOfLength([0, 1, 100, 101, 128, 129, 200, 201, 1_000, 1_001]),
  fc.constantFrom('', ' ', 'TRUE', 'True', '1', '0', '-1', '1.5', '1e2', '0x10', ' 5 ', 'NaN', 'Infinity'),
  fc.constantFrom('101', '9'.repeat(400), 'null', '[]', '{}', 'top,new', 'new '),
);

/** A URL can carry what JSON can: lone surrogates become U+FFFD, as a browser would send them. */
const wellFormed = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

type QueryValues = Record<string, fc.Arbitrary<string>>;

/** Query strings made of known names (mostly) with good or odd values, encoded properly, raw, or not at all. */
function queryString(goodValues: QueryValues): fc.Arbitrary<string> {
  const names = Object.keys(goodValues);
  const name = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...names) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('LIMIT', 'limit[]', '__proto__', 'constructor', 'toString', '', 'a b'),
    },
    { weight: 1, arbitrary: rawQueryText },
  );
  const pair = name.chain((key) =>
    fc
      .tuple(
        fc.oneof(
          // Own names only: a query name such as toString must not find Object.prototype's.
          { weight: 2, arbitrary: Object.hasOwn(goodValues, key) ? goodValues[key]! : oddQueryValue },
          { weight: 3, arbitrary: oddQueryValue },
        ),
        fc.constantFrom('encoded', 'raw', 'bare'),
      )
      .map(([value, style]) => {
        if (style === 'bare') return encodeURIComponent(wellFormed(key));
        if (style === 'encoded')
          return `${encodeURIComponent(wellFormed(key))}=${encodeURIComponent(wellFormed(value))}`;
        // Raw: only '#' is escaped, as it would end the query; every other oddity goes through as it is.
        return `${key}=${value}`.replace(/#/g, '%23');
      }),
  );
  return fc
    .array(pair, { maxLength: 6 })
    .map((pairs) => `?${pairs.join('&')}`)
    .filter((query) => new URL(`http://host/${query}`).search.length < 12_000);
}

/** Numbers a cursor field might hold, at the edges of dates, ULID times and safe integers. */
const oddNumber = fc.oneof(
  fc.maxSafeNat(),
  fc.constantFrom(0, 1, -1, 0.5, 2 ** 48 - 1, 2 ** 48, 8.64e15, 8.64e15 + 1, Number.MAX_SAFE_INTEGER, 1e308),
  fc.integer(),
  fc.double(),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every part of a JSON value, nested ones included, with the path that reaches it. */
function partsOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = path.length > 0 ? [{ path, value }] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => partsOf(item, [...path, index]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => partsOf(item, [...path, key]))];
  }
  return here;
}

/** Something to put in place of a part: a value of the same kind at its edges, any JSON, or nothing (removed). */
const replacementFor = (value: Json): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary:
        typeof value === 'number'
          ? oddNumber
          : typeof value === 'string'
            ? fc.oneof(trickyText, idLike)
            : anyJson,
    },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/**
 * Cursors made from a real one in the listing's own encoding (base64url JSON), with one to three parts replaced
 * or removed: each is nearly valid, so it gets past the outer checks whatever the cursor's fields are now.
 */
function craftedCursorFrom(cursor: string): fc.Arbitrary<string> {
  const real = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Json;
  const edit = fc
    .constantFrom(...partsOf(real))
    .chain(({ path, value }) => fc.tuple(fc.constant(path), replacementFor(value)));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const copy = structuredClone(real) as Record<string | number, unknown>;
    for (const [path, replacement] of edits) {
      let parent: Record<string | number, unknown> | undefined = copy;
      for (const key of path.slice(0, -1)) {
        const next: unknown = parent?.[key];
        parent =
          typeof next === 'object' && next !== null ? (next as Record<string | number, unknown>) : undefined;
      }
      // undefined drops a key from the JSON (and turns an array item into null).
      if (parent) parent[path.at(-1)!] = replacement;
    }
    return base64url(JSON.stringify(copy));
  });
}

// ---------------------------------------------------------------------------------------------------------------

describe('fuzzing the HTTP API (local host, Azurite)', () => {
  const api = useTestApi();
  let token: string;
  let ideaId: string;
  let ideaCursor: string;
  /** A second-page cursor for each sort, so crafted ones carry sort keys that make sense for their sort. */
  const cursorBySort = new Map<string, string>();
  let commentCursor: string;

  async function send(
    method: string,
    path: string,
    options: { body?: string | Uint8Array; contentType?: string; authorized?: boolean } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (options.authorized ?? true) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetch(api.url + path, { method, headers, body: options.body });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, headers: response.headers, text, body };
  }

  /** Every idea on the default board, page by page: what a refused write must not have added to. */
  async function countIdeas(): Promise<number> {
    let count = 0;
    let cursor: string | null = null;
    do {
      const path: string = `/api/ideas?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = ideaPage.parse((await send('GET', path)).body);
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  }

  async function countComments(): Promise<number> {
    let count = 0;
    let cursor: string | null = null;
    do {
      const path: string = `/api/ideas/${ideaId}/comments?limit=100${cursor ? `&cursor=${cursor}` : ''}`;
      const page = commentPage.parse((await send('GET', path)).body);
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  }

  beforeAll(async () => {
    token = await api.tokenFor(fuzzer);
    for (const title of ['Self-service VPN access', 'Café Wi-Fi upgrade', 'Dark mode for the intranet']) {
      const created = await api.submitIdea(fuzzer, {
        title,
        description: `Why ${title} would help.`,
        category: 'Remote work',
        tags: ['vpn', 'wifi'],
      });
      ideaId = created.id;
    }
    for (const text of ['First', 'Second', 'Third']) {
      expect((await api.as(fuzzer, 'POST', `/api/ideas/${ideaId}/comments`, { text })).status).toBe(201);
    }
    const ideas = ideaPage.parse((await send('GET', '/api/ideas?limit=1')).body);
    const comments = commentPage.parse((await send('GET', `/api/ideas/${ideaId}/comments?limit=1`)).body);
    if (!ideas.nextCursor || !comments.nextCursor)
      throw new Error('the seeded data should span several pages');
    ideaCursor = ideas.nextCursor;
    for (const sort of SORTS) {
      const page = ideaPage.parse((await send('GET', `/api/ideas?limit=1&sort=${sort}`)).body);
      cursorBySort.set(sort, page.nextCursor!);
    }
    commentCursor = comments.nextCursor;
  });

  const IDEA_FIELDS = ['body', 'title', 'description', 'category', 'tags', 'boardId'];

  it(
    'POST /api/ideas: any JSON gets a documented answer, and only accepted ideas are stored',
    async () => {
      const before = await countIdeas();
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(ideaBody, async (body) => {
          const answer = await send('POST', '/api/ideas', { body: JSON.stringify(body) });
          expectDocumented(answer, {
            statuses: [201, 400, 404, 413],
            success: ideaView,
            fields: IDEA_FIELDS,
          });
          if (answer.status !== 201) return;
          accepted += 1;
          const idea = ideaView.parse(answer.body);
          const sent = body as Record<string, unknown>;
          expect(idea).toMatchObject({
            // Stored by the rule for what people type: invisible characters out, single lines trimmed.
            title: cleanTypedText(sent.title as string).trim(),
            description: cleanTypedText(sent.description as string),
            category: typeof sent.category === 'string' ? cleanTypedText(sent.category).trim() : null,
            boardId: 'default',
            status: 'new',
            votes: 1,
            myVote: true,
            commentCount: 0,
            author: { id: fuzzer.userId, name: fuzzer.name },
          });
          const sentTags = ((sent.tags ?? []) as string[]).map((tag) => cleanTypedText(tag).trim());
          for (const tag of idea.tags) expect(sentTags).toContain(tag);
          expect(new Set(idea.tags.map((tag) => tag.toLocaleLowerCase())).size).toBe(idea.tags.length);
          // What was stored reads back exactly as it was answered.
          const stored = await send('GET', `/api/ideas/${idea.id}`);
          expect(stored).toMatchObject({ status: 200, body: { ...idea, history: expect.any(Array) } });
        }),
        { numRuns: RUNS },
      );
      expect(await countIdeas()).toBe(before + accepted);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'POST /api/ideas/{id}/comments: any JSON gets a documented answer, and only accepted comments are stored',
    async () => {
      const before = await countComments();
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(commentBody, async (body) => {
          const answer = await send('POST', `/api/ideas/${ideaId}/comments`, { body: JSON.stringify(body) });
          expectDocumented(answer, {
            statuses: [201, 400, 413],
            success: commentView,
            fields: ['body', 'text'],
          });
          if (answer.status !== 201) return;
          accepted += 1;
          expect(answer.body).toMatchObject({
            ideaId,
            text: cleanTypedText((body as { text: string }).text),
            author: { id: fuzzer.userId, name: fuzzer.name },
          });
        }),
        { numRuns: RUNS },
      );
      expect(await countComments()).toBe(before + accepted);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'POST /api/dev/token: any JSON gets a documented answer, and every token it gives works',
    async () => {
      await fc.assert(
        fc.asyncProperty(devTokenBody, async (body) => {
          const answer = await send('POST', '/api/dev/token', {
            body: JSON.stringify(body),
            authorized: false,
          });
          expectDocumented(answer, {
            statuses: [200, 400, 413],
            success: devTokenAnswer,
            fields: ['body', 'tenantId', 'userId', 'name', 'roles'],
          });
          if (answer.status !== 200) return;
          const sent = body as { tenantId: string; userId: string; name: string; roles?: string[] };
          const { token: issued } = devTokenAnswer.parse(answer.body);
          const me = await fetch(`${api.url}/api/me`, { headers: { authorization: `Bearer ${issued}` } });
          expect(me.status).toBe(200);
          const caller = meAnswer.parse(await me.json());
          expect(caller).toMatchObject({
            tenantId: sent.tenantId,
            userId: sent.userId,
            // As sent, even a lone surrogate (JSON escapes it inside the token), by the rule for what people type.
            name: cleanTypedText(sent.name).trim() || 'Someone',
          });
          expect(caller.roles).toContain('employee');
          if (sent.roles?.includes('it')) expect(caller.roles).toContain('it');
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  const ideaQueryValues = (): QueryValues => ({
    boardId: fc.constantFrom('default', 'no-such-board'),
    status: fc.constantFrom(...IDEA_STATUSES),
    category: fc.constantFrom('Remote work', 'remote WORK', 'Café'),
    tag: fc.constantFrom('vpn', 'VPN', 'wifi'),
    q: words(3),
    mine: fc.constantFrom('true', 'false'),
    voted: fc.constantFrom('true', 'false'),
    sort: fc.constantFrom(...SORTS),
    limit: fc.integer({ min: 1, max: 100 }).map(String),
    cursor: fc.oneof(fc.constant(ideaCursor), craftedCursorFrom(ideaCursor)),
  });

  it(
    'GET /api/ideas: any query string gets a documented answer',
    async () => {
      const values = ideaQueryValues();
      await fc.assert(
        fc.asyncProperty(queryString(values), async (query) => {
          const answer = await send('GET', `/api/ideas${query}`);
          expectDocumented(answer, {
            statuses: [200, 400, 404],
            success: ideaPage,
            fields: Object.keys(values),
          });
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'GET /api/ideas: any cursor, real, crafted or mangled, gets a documented answer',
    async () => {
      const mangled = (cursor: string) =>
        fc
          .tuple(fc.nat(), fc.constantFrom('', 'A', '-', '_', '=', '%3D', '.'), fc.boolean())
          .map(([at, insert, cut]) => {
            const position = at % (cursor.length + 1);
            return cursor.slice(0, position) + insert + (cut ? '' : cursor.slice(position + 1));
          });
      const query = fc.constantFrom(...SORTS).chain((sort) => {
        const real = cursorBySort.get(sort)!;
        const cursor = fc.oneof(
          { weight: 4, arbitrary: craftedCursorFrom(real) },
          { weight: 1, arbitrary: mangled(real) },
          { weight: 1, arbitrary: oddQueryValue.map((value) => encodeURIComponent(wellFormed(value))) },
        );
        // Filters that keep every idea but make another listing, whose cursor must continue from a fresh read.
        const sameIdeas = fc.constantFrom('', '&status=new', '&voted=false');
        return fc
          .tuple(cursor, sameIdeas, fc.constantFrom(1, 1, 2))
          .map(([value, filter, limit]) => `?sort=${sort}&limit=${limit}${filter}&cursor=${value}`);
      });
      await fc.assert(
        fc.asyncProperty(query, async (search) => {
          const answer = await send('GET', `/api/ideas${search}`);
          expectDocumented(answer, { statuses: [200, 400], success: ideaPage, fields: ['cursor'] });
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('a cursor from beyond the time ids can hold is refused or served, and breaks nothing after it', async () => {
    const real = JSON.parse(Buffer.from(ideaCursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const t of [2 ** 48, 8.64e15, 8.64e15 + 1]) {
      // A listing that is no longer kept, so the page comes from a fresh read as of the cursor's time.
      const cursor = base64url(JSON.stringify({ ...real, s: 'no-longer-kept', t }));
      for (const sort of SORTS) {
        const answer = await send('GET', `/api/ideas?limit=1&sort=${sort}&cursor=${cursor}`);
        expectDocumented(answer, { statuses: [200, 400], success: ideaPage, fields: ['cursor'] });
      }
    }
    // The server's own ids must not have been pushed past their range by the cursor's time.
    const after = await send('POST', '/api/ideas', {
      body: JSON.stringify({ title: 'Still accepted', description: 'After a cursor from the far future.' }),
    });
    expect(after.status).toBe(201);
    expect(await send('GET', '/api/ideas?limit=1&sort=new')).toMatchObject({ status: 200 });
  });

  it(
    'GET /api/ideas/{id}/comments: any query string gets a documented answer',
    async () => {
      const values: QueryValues = {
        limit: fc.integer({ min: 1, max: 100 }).map(String),
        cursor: fc.oneof(fc.constant(commentCursor), idLike),
      };
      await fc.assert(
        fc.asyncProperty(queryString(values), async (query) => {
          const answer = await send('GET', `/api/ideas/${ideaId}/comments${query}`);
          expectDocumented(answer, {
            statuses: [200, 400],
            success: commentPage,
            fields: Object.keys(values),
          });
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'bodies that are not JSON get 400 naming the body, and store nothing',
    async () => {
      const targets = [
        { path: '/api/ideas', statuses: [201, 400, 404, 413], success: ideaView, fields: IDEA_FIELDS },
        {
          path: '/api/ideas/{id}/comments',
          statuses: [201, 400, 413],
          success: commentView,
          fields: ['body', 'text'],
        },
        {
          path: '/api/dev/token',
          statuses: [200, 400, 413],
          success: devTokenAnswer,
          fields: ['body', 'tenantId', 'userId', 'name', 'roles'],
        },
      ];
      const ideasBefore = await countIdeas();
      const commentsBefore = await countComments();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...targets),
          notJsonBody,
          fc.constantFrom('application/json', 'text/plain', 'application/octet-stream'),
          async (target, bytes, contentType) => {
            const path = target.path.replace('{id}', () => ideaId);
            const answer = await send('POST', path, { body: bytes, contentType });
            expectDocumented(answer, target);
            // Read as the host reads it: UTF-8, a byte-order mark dropped, bad bytes replaced.
            const text = new TextDecoder().decode(bytes);
            let isJson = true;
            try {
              JSON.parse(text);
            } catch {
              isJson = false;
            }
            if (!isJson || text.trim() === '') {
              expect(answer.status).toBe(400);
              const fields = (answer.body as z.infer<typeof errorAnswer>).error.fields;
              expect(fields?.map((field) => field.field)).toEqual(['body']);
            }
          },
        ),
        { numRuns: RUNS },
      );
      expect(await countIdeas()).toBe(ideasBefore);
      expect(await countComments()).toBe(commentsBefore);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'an idea id in the path, however odd, gets a documented answer',
    async () => {
      const routes = [
        ['GET', '{id}', ideaView.extend({ history: z.array(z.unknown()) })],
        ['PUT', '{id}/vote', z.unknown()],
        ['DELETE', '{id}/vote', z.unknown()],
        ['GET', '{id}/comments', commentPage],
        ['POST', '{id}/comments', commentView],
      ] as const;
      // Raw ids keep their '/' and '%' oddities but lose '.', so no '..' moves the request off /api/ideas/; and
      // their ends lose control characters and spaces, which the URL parser strips (a lone NUL would otherwise
      // turn GET /api/ideas/<NUL> into GET /api/ideas/, a listing).
      const oddId = fc
        .oneof(
          idLike.map(encodeURIComponent),
          trickyText.map((text) => encodeURIComponent(wellFormed(text))),
          rawQueryText.map((text) =>
            text
              .replace(/[#?]/g, encodeURIComponent)
              .replace(/\./g, '')
              // eslint-disable-next-line no-control-regex -- these are exactly the characters the URL parser trims
              .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''),
          ),
        )
        .filter((id) => id !== '' && id !== '.' && id !== '..');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...routes), oddId, async ([method, route, success], id) => {
          const body = method === 'POST' ? JSON.stringify({ text: 'A fine comment.' }) : undefined;
          const answer = await send(method, `/api/ideas/${route.replace('{id}', () => id)}`, { body });
          // A decoded id may contain '/' and so name another route: 405 is a documented answer there.
          expectDocumented(answer, { statuses: [200, 201, 404, 405], success, fields: [] });
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  describe('body size', () => {
    /** A submission whose JSON is exactly `bytes` long, with a description far over its own limit. */
    const ideaOfBytes = (bytes: number): string => {
      const shell = JSON.stringify({ title: 'Exactly at the limit', description: '' });
      return shell.replace('"description":""', `"description":"${'x'.repeat(bytes - shell.length)}"`);
    };

    it('reads a body of exactly 64 KB, and refuses one byte more with 413 and nothing stored', async () => {
      const before = await countIdeas();
      const atLimit = ideaOfBytes(MAX_BODY_BYTES);
      expect(Buffer.byteLength(atLimit)).toBe(64 * 1024);
      const read = await send('POST', '/api/ideas', { body: atLimit });
      expect(read.status).toBe(400);
      expect(read.body).toMatchObject({ error: { code: 'validation', fields: [{ field: 'description' }] } });

      const over = await send('POST', '/api/ideas', { body: ideaOfBytes(MAX_BODY_BYTES + 1) });
      expect(over.status).toBe(413);
      expect(over.headers.get('content-type')).toMatch(/^application\/json/);
      expect(over.body).toEqual({
        error: { code: 'payload_too_large', message: expect.stringMatching(/64 KB/) },
      });

      const huge = await send('POST', '/api/ideas', { body: ideaOfBytes(1_000_000) });
      expect(huge.status).toBe(413);
      expect(await countIdeas()).toBe(before);
    });

    /** A new idea sent in chunks, with no declared length. */
    const postStreamed = (body: ReadableStream<Uint8Array>): Promise<Response> =>
      fetch(`${api.url}/api/ideas`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);

    it('refuses a streamed body that passes 64 KB without declaring its length', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
      let chunks = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (chunks === 0)
            controller.enqueue(new TextEncoder().encode('{"title":"Streamed","description":"'));
          if (chunks++ < 6) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const response = await postStreamed(body);
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    });

    it('reads a streamed body that declares no length, in full', async () => {
      const parts = ['{"title":"Streamed in parts",', '"description":"Sent in chunks, its length unsaid."}'];
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const part = parts.shift();
          if (part === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(part));
        },
      });
      const response = await postStreamed(body);
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ title: 'Streamed in parts' });
    });

    it('answers malformed JSON with 400 naming the body', async () => {
      const answer = await send('POST', '/api/ideas', { body: '{"title": "Unfinished", "description": ' });
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        error: {
          code: 'validation',
          message: expect.any(String),
          fields: [{ field: 'body', message: expect.stringMatching(/\S/) }],
        },
      });
    });
  });
});
