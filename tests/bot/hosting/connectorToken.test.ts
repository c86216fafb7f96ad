import { afterEach, describe, expect, it } from 'vitest';
import { connectorTokenFor, type BotCredentials } from '../../../bot/src/hosting/connectorToken.js';
import {
  ConnectorError,
  HttpBotConnector,
  type ConnectorTarget,
} from '../../../bot/src/outbox/proactiveSender.js';
import { FakeBotConnector } from '../support/fakeBotConnector.js';
import { FakeEntra, type FakeEntraOptions } from '../support/fakeEntra.js';

const APP = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SECRET = 'the-app-secret';
const message = { type: 'message' as const, text: 'Hello' };

/** The Bot Connector's proactive API (a strict fake that checks tokens) reached with tokens from MSAL. */
describe('the Bot Connector token (MSAL against a strict fake Entra ID)', () => {
  let connector: FakeBotConnector | undefined;
  afterEach(async () => connector?.stop());

  async function setUp(credentials: BotCredentials, options: FakeEntraOptions) {
    const entra = new FakeEntra(options);
    connector = new FakeBotConnector({ tenantLimitPerSecond: 50, entra });
    const serviceUrl = await connector.start();
    const http = new HttpBotConnector({
      token: connectorTokenFor(credentials, { network: entra }),
      botId: `28:${APP}`,
    });
    const target: ConnectorTarget = {
      serviceUrl,
      conversationId: '19:general@thread.tacv2',
      tenantId: TENANT,
    };
    return { entra, http, target, connector };
  }

  it('signs with a client-credentials token for the Bot Connector, asked once while it lives', async () => {
    const { entra, http, target, connector } = await setUp(
      { kind: 'secret', appId: APP, password: SECRET, tenantId: TENANT },
      { apps: { [APP]: SECRET } },
    );
    for (let i = 0; i < 3; i += 1) await http.send(target, message);
    expect(connector.deliveries).toHaveLength(3);
    expect(entra.tokensIssued).toBe(1);
    const asked = entra.requests.filter((request) => request.body.grant_type);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.url).toBe(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`);
    expect(asked[0]!.body.scope?.split(' ')).toContain('https://api.botframework.com/.default');
  });

  it('asks a multi-tenant app’s token from Bot Framework’s own tenant', async () => {
    const { entra, http, target } = await setUp(
      { kind: 'secret', appId: APP, password: SECRET, tenantId: null },
      { apps: { [APP]: SECRET } },
    );
    await http.send(target, message);
    expect(entra.requests.map((request) => request.url)).toContain(
      'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token',
    );
  });

  it('never sends an expired token: one about to expire is replaced before the next message', async () => {
    const { entra, http, target, connector } = await setUp(
      { kind: 'secret', appId: APP, password: SECRET, tenantId: TENANT },
      { apps: { [APP]: SECRET }, lifetimeSeconds: 1 },
    );
    await http.send(target, message);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await http.send(target, message);
    expect(connector.deliveries).toHaveLength(2);
    expect(connector.counts.refused).toBe(0);
    expect(entra.tokensIssued).toBe(2);
  });

  it('reports a refused secret as no answer (retried later), and the connector is never called', async () => {
    const { entra, http, target, connector } = await setUp(
      { kind: 'secret', appId: APP, password: 'an-old-secret', tenantId: TENANT },
      { apps: { [APP]: SECRET } },
    );
    const failure = await http.send(target, message).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).status).toBe(0);
    expect(entra.refusals).toContain('invalid_client');
    expect(connector.counts.requests).toBe(0);
  });

  it('gets its token from the user-assigned managed identity, for the Bot Connector resource', async () => {
    const { entra, http, target, connector } = await setUp(
      { kind: 'managedIdentity', appId: APP, tenantId: TENANT },
      { identities: [APP] },
    );
    await http.send(target, message);
    await http.send(target, message);
    expect(connector.deliveries).toHaveLength(2);
    expect(entra.tokensIssued).toBe(1);
    const identity = new URL(
      entra.requests.find((request) => request.url.includes('/metadata/identity/'))!.url,
    );
    expect(identity.searchParams.get('resource')).toBe('https://api.botframework.com');
    expect(identity.searchParams.get('client_id')).toBe(APP);
  });

  it('the fake connector refuses what Teams would: no token, or one it never issued', async () => {
    const { target, connector } = await setUp({ kind: 'none' }, {});
    const unsigned = new HttpBotConnector({ token: async () => null, botId: 'ideabar' });
    await expect(unsigned.send(target, message)).rejects.toMatchObject({ status: 401 });
    const forged = new HttpBotConnector({ token: async () => 'fake-entra.forged', botId: 'ideabar' });
    await expect(forged.send(target, message)).rejects.toMatchObject({ status: 401 });
    expect(connector.deliveries).toHaveLength(0);
  });
});
