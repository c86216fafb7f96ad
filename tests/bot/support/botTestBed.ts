import { afterAll, beforeAll } from 'vitest';
import type { LocalHostOptions } from '../../../api/src/host/localHost.js';
import { useTestApi } from '../../support/apiTestBed.js';
import type { ApiResponse, TestApi } from '../../support/testHost.js';
import { FakeBotConnector, type FakeConnectorOptions } from './fakeBotConnector.js';

export interface TeamsStandIn {
  /** Where the bot's replies and proactive messages go. */
  readonly connector: FakeBotConnector;
  /** The fake Bot Connector's address, which activities carry as Teams' service URL. */
  readonly serviceUrl: string;
}

/**
 * The strict fake Bot Connector for the tests of one file or describe, listening from its beforeAll on and stopped
 * after its last test; 50 operations a second per tenant unless `options` says otherwise.
 */
export function useFakeBotConnector(
  options: FakeConnectorOptions = { tenantLimitPerSecond: 50 },
): TeamsStandIn {
  const connector = new FakeBotConnector(options);
  let serviceUrl: string | undefined;
  beforeAll(async () => {
    serviceUrl = await connector.start();
  });
  afterAll(() => connector.stop());
  return {
    connector,
    get serviceUrl() {
      if (serviceUrl === undefined)
        throw new Error('the fake Bot Connector is used before its beforeAll ran');
      return serviceUrl;
    },
  };
}

export interface BotTestBed extends TeamsStandIn {
  /** The local host, its services ready (the bot's among them). */
  readonly api: TestApi;
  /** POSTs an activity to /api/messages as Teams sends it: with the fake Bot Connector as its service URL. */
  send(activity: object, headers?: Record<string, string>): Promise<ApiResponse>;
}

/**
 * The bot's messaging endpoint for the tests of one file or describe: the local host on fresh Azurite tables, with the
 * strict fake Bot Connector as Teams.
 */
export function useBotTestBed(
  options: { connector?: FakeConnectorOptions; host?: () => Partial<LocalHostOptions> } = {},
): BotTestBed {
  const teams = useFakeBotConnector(options.connector);
  const api = useTestApi(options.host);
  beforeAll(() => api.host.services.ready());
  return {
    api,
    connector: teams.connector,
    get serviceUrl() {
      return teams.serviceUrl;
    },
    send: (activity, headers = {}) =>
      api.request('POST', '/api/messages', { body: { ...activity, serviceUrl: teams.serviceUrl }, headers }),
  };
}
