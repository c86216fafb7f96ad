import { describe, expect, it } from 'vitest';
import { submitIdea } from '../../../core/src/index.js';
import { loadConfig } from '../../../api/src/config.js';
import { routesFor } from '../../../api/src/routes.js';
import { startTestApi, testConfig } from '../../support/testHost.js';
import { ADA, cardAction, GRACE, message, TENANT } from '../support/activities.js';
import { useBotTestBed } from '../support/botTestBed.js';

/** POST /api/messages on the local host (tables on Azurite), replies going to the strict fake Bot Connector. */
describe('the messaging endpoint (local host on Azurite)', () => {
  const bot = useBotTestBed();
  const { api, connector } = bot;

  it('answers every vote invoke with the clicker’s card (its time is bench:bot’s figure)', async () => {
    const idea = await submitIdea(
      api.host.services.ideabar,
      { tenantId: TENANT, userId: ADA.aadObjectId, name: ADA.name },
      { title: 'Self-service VPN', description: 'Please' },
    );
    for (let n = 0; n < 20; n += 1) {
      const verb = n % 2 === 0 ? 'vote' : 'withdrawVote';
      const response = await bot.send(cardAction(GRACE, verb, { ideaId: idea.id }));
      expect(response.status).toBe(200);
      const body = response.body as { statusCode: number; type: string; value: { body: unknown[] } };
      expect(body.statusCode).toBe(200);
      expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
      // Ada's own vote came with her idea.
      expect(JSON.stringify(body.value.body)).toContain(verb === 'vote' ? '2 votes' : '1 vote');
    }
  });

  it('a message is answered through the Bot Connector (welcome, then the command)', async () => {
    const response = await bot.send(message(GRACE, 'help'));
    expect(response.status).toBe(200);
    const replies = connector.deliveries.filter((d) => d.conversationId === 'a:personal-aad-grace');
    expect(replies.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses malformed JSON with the API’s error model', async () => {
    const response = await api.request('POST', '/api/messages', {
      rawBody: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'validation' } });
  });

  it('with a bot app id, an activity without a Bot Framework token is refused', async () => {
    const secured = await startTestApi({
      config: testConfig({
        BOT_APP_ID: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
        BOT_APP_PASSWORD: 'not-a-real-secret',
      }),
    });
    try {
      const response = await secured.request('POST', '/api/messages', {
        body: { ...message(GRACE, 'help'), serviceUrl: bot.serviceUrl },
      });
      expect(response.status).toBe(401);
    } finally {
      await secured.host.close();
    }
  });

  it('is not served with Entra sign-in unless a bot app id is configured (no unauthenticated bot)', () => {
    const staging = {
      NODE_ENV: 'test',
      AUTH_MODE: 'entra',
      ENTRA_CLIENT_ID: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
    };
    expect(routesFor(loadConfig(staging)).map((r) => r.name)).not.toContain('messages');
    const production = {
      NODE_ENV: 'production',
      AUTH_MODE: 'entra',
      ENTRA_CLIENT_ID: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
    };
    expect(routesFor(loadConfig(production)).map((r) => r.name)).not.toContain('messages');
    const withBot = {
      ...production,
      BOT_APP_ID: '0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d',
      BOT_MANAGED_IDENTITY: 'true',
      BOT_APP_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    };
    expect(routesFor(loadConfig(withBot)).map((r) => r.name)).toContain('messages');
  });
});
