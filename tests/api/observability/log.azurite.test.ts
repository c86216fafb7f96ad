/**
 * The operations' log lines, captured from the local host (tables on Azurite): one JSON line per request, bot turn
 * and timer run, with the fields operations need and never a token or what people wrote.
 */
import functions from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { handleHttp } from '../../../api/src/http/pipeline.js';
import type { RouteDefinition } from '../../../api/src/http/route.js';
import { timersFor } from '../../../api/src/routes.js';
import type { Services } from '../../../api/src/services.js';
import { submitIdea, type IdeaView } from '../../../core/src/index.js';
import { cardAction, GRACE, TENANT } from '../../bot/support/activities.js';
import { useBotTestBed } from '../../bot/support/botTestBed.js';

const { HttpRequest, InvocationContext } = functions;

interface Captured {
  level: string;
  text: string;
}
interface Line {
  time: string;
  level: 'info' | 'warn' | 'error';
  kind: string;
  invocationId: string;
  route?: string;
  timer?: string;
  method?: string;
  tenant: string | null;
  status: number | string;
  durationMs: number;
  activity?: string;
  error?: { code: string; correlationId: string };
  counts?: Record<string, number | boolean>;
  fault?: Record<string, unknown>;
}

const SECRET_TITLE = 'Quarterly layoffs plan for the Rotterdam plant';
const SECRET_DESCRIPTION = 'Nobody outside the board may read this: 40 roles, announced on 3 March.';
const SECRET_COMMENT = 'My manager told me it is really 60 roles.';
const ALICE = { tenantId: 'contoso', userId: 'alice', name: 'Alice Smith' };

const captured: Captured[] = [];
const bot = useBotTestBed({
  host: () => ({ log: (level, ...args) => captured.push({ level, text: args.map(String).join(' ') }) }),
});
const { api } = bot;

/**
 * The lines `act` wrote, parsed; each must be one JSON object on one line. A timer's line is left out: the host's
 * timers keep their own clock (the outbox drain runs every minute) and one can land in the middle of `act`.
 */
async function linesOf(act: () => Promise<unknown>): Promise<{ lines: Line[]; raw: string }> {
  const from = captured.length;
  await act();
  const written = captured.slice(from);
  for (const { text } of written) {
    expect(text).not.toContain('\n');
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  }
  return {
    lines: written.map(({ text }) => JSON.parse(text) as Line).filter((line) => line.kind !== 'timer'),
    raw: written.map((w) => w.text).join('\n'),
  };
}

const neverTells = (raw: string, ...secrets: string[]) => {
  for (const secret of [
    ...secrets,
    SECRET_TITLE,
    SECRET_DESCRIPTION,
    SECRET_COMMENT,
    'Bearer',
    'authorization',
  ]) {
    expect(raw).not.toContain(secret);
  }
};

describe('one log line per operation', () => {
  let idea: IdeaView;
  let token: string;

  it('a request with a bearer token and an idea’s text: who, what, how long — never the token or the text', async () => {
    token = await api.tokenFor(ALICE);
    const { lines, raw } = await linesOf(async () => {
      const response = await api.as<IdeaView>(ALICE, 'POST', '/api/ideas', {
        title: SECRET_TITLE,
        description: SECRET_DESCRIPTION,
      });
      expect(response.status).toBe(201);
      idea = response.body;
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'info',
      kind: 'request',
      invocationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      route: 'submitIdea',
      method: 'POST',
      tenant: 'contoso',
      status: 201,
      durationMs: expect.any(Number),
    });
    neverTells(raw, token);
  });

  it('a comment, and the idea read back with its comments: no text either', async () => {
    const { lines, raw } = await linesOf(async () => {
      await api.as(ALICE, 'POST', `/api/ideas/${idea.id}/comments`, { text: SECRET_COMMENT });
      await api.as(ALICE, 'GET', `/api/ideas/${idea.id}`);
      await api.as(ALICE, 'GET', `/api/ideas/${idea.id}/comments`);
    });
    expect(lines.map((line) => [line.route, line.status, line.level])).toEqual([
      ['addComment', 201, 'info'],
      ['getIdea', 200, 'info'],
      ['listComments', 200, 'info'],
    ]);
    neverTells(raw, token);
  });

  it('a refused token and a refused idea: the error code and the correlation id the caller was given', async () => {
    const forged = `${token.slice(0, -8)}AAAAAAAA`;
    const answers: Headers[] = [];
    const { lines, raw } = await linesOf(async () => {
      const refused = await api.request('GET', '/api/ideas', { token: forged });
      expect(refused.status).toBe(401);
      const invalid = await api.as(ALICE, 'POST', '/api/ideas', {
        title: 'x',
        description: SECRET_DESCRIPTION,
      });
      expect(invalid.status).toBe(400);
      answers.push(refused.headers, invalid.headers);
    });
    expect(lines).toMatchObject([
      { level: 'info', route: 'listIdeas', tenant: null, status: 401, error: { code: 'unauthorized' } },
      { level: 'info', route: 'submitIdea', tenant: 'contoso', status: 400, error: { code: 'validation' } },
    ]);
    // Locally the correlation id is the invocation id; in Azure, the trace id Application Insights shows.
    expect(lines.map((line) => line.error?.correlationId)).toEqual(lines.map((line) => line.invocationId));
    expect(answers.map((headers) => headers.get('x-correlation-id'))).toEqual(
      lines.map((line) => line.invocationId),
    );
    expect(lines.every((line) => line.fault === undefined)).toBe(true);
    neverTells(raw, token, forged);
  });

  it('a bot turn: the activity’s kind and tenant, not the card or the idea it shows', async () => {
    const shared = await submitIdea(
      api.host.services.ideabar,
      { tenantId: TENANT, userId: 'aad-ada', name: 'Ada Lovelace' },
      { title: SECRET_TITLE, description: SECRET_DESCRIPTION },
    );
    const { lines, raw } = await linesOf(async () => {
      const response = await bot.send(cardAction(GRACE, 'vote', { ideaId: shared.id }));
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).toContain(SECRET_TITLE);
    });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        kind: 'botTurn',
        route: 'messages',
        activity: 'invoke/adaptiveCard/action',
        tenant: TENANT,
        status: 200,
      }),
    ]);
    neverTells(raw);
  });

  it('a fault: an error line with its code, the trace’s id to quote, and the fault for whoever investigates', async () => {
    const boom: RouteDefinition = {
      name: 'boom',
      summary: 'Fails on purpose.',
      method: 'POST',
      path: 'boom',
      auth: 'anonymous',
      storage: false,
      handle: () => Promise.reject(new TypeError('cannot read the widget')),
    };
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const written: Captured[] = [];
    const context = new InvocationContext({
      invocationId: 'b6d3f1c2-0000-4000-8000-000000000001',
      functionName: 'boom',
      traceContext: { traceParent: `00-${traceId}-00f067aa0ba902b7-01`, traceState: '', attributes: {} },
      logHandler: (level, ...args) => written.push({ level, text: args.map(String).join(' ') }),
    });
    const request = new HttpRequest({
      method: 'POST',
      url: 'http://localhost/api/boom',
      headers: { authorization: `Bearer ${token}` },
      body: { string: JSON.stringify({ title: SECRET_TITLE }) },
    });
    const response = await handleHttp(boom, api.host.services, request, context);
    expect(response.status).toBe(500);
    expect(response.headers).toMatchObject({ 'x-correlation-id': traceId });
    expect(written).toHaveLength(1);
    expect(written[0]!.level).toBe('error');
    const line = JSON.parse(written[0]!.text) as Line;
    expect(line).toMatchObject({
      level: 'error',
      kind: 'request',
      invocationId: 'b6d3f1c2-0000-4000-8000-000000000001',
      route: 'boom',
      status: 500,
      error: { code: 'internal', correlationId: traceId },
      fault: { name: 'TypeError', message: 'cannot read the widget', stack: expect.any(String) },
    });
    neverTells(written[0]!.text, token);
  });

  it('a timer run: its name, outcome and counts; a failed run is an error line, and fails', async () => {
    const [timer] = timersFor(api.host.services.config);
    const written: Captured[] = [];
    const context = (id: string) =>
      new InvocationContext({
        invocationId: id,
        functionName: timer!.name,
        logHandler: (level, ...args) => written.push({ level, text: args.map(String).join(' ') }),
      });
    await timer!.run(api.host.services, { isPastDue: true }, context('run-1'));
    const storageDown = {
      ...api.host.services,
      ready: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:10002')),
    } as Services;
    await expect(timer!.run(storageDown, { isPastDue: false }, context('run-2'))).rejects.toThrow(
      'ECONNREFUSED',
    );

    const [ran, failed] = written.map((entry) => JSON.parse(entry.text) as Line);
    expect(ran).toMatchObject({
      level: 'info',
      kind: 'timer',
      invocationId: 'run-1',
      timer: timer!.name,
      tenant: null,
      status: 'ok',
      counts: { pastDue: true, sent: expect.any(Number), failed: 0 },
    });
    expect(ran!.route).toBeUndefined();
    expect(failed).toMatchObject({
      level: 'error',
      kind: 'timer',
      invocationId: 'run-2',
      status: 'failed',
      error: { code: 'internal', correlationId: 'run-2' },
      fault: { message: expect.stringContaining('ECONNREFUSED') },
    });
    expect(written.map((entry) => entry.level)).toEqual(['information', 'error']);
  });
});
