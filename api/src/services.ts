import { createBotRuntime, type BotConnector, type BotRuntime } from '@ideabar/bot';
import { DefaultAzureCredential } from '@azure/identity';
import { createIdeaBar, drainOutbox, type Clock, type IdeaBarContext } from '@ideabar/core';
import type { JWTVerifyGetKey } from 'jose';
import { tokenVerifier, type TokenVerifier } from './auth/tokens.js';
import type { Config } from './config.js';
import { writeLimits, type WriteLimits } from './limits/writeLimits.js';
import { tableNotifications, tableRepositories } from './storage/tableRepositories.js';
import { ensureTables, healthProbe, tableClients, type StorageAccess } from './storage/tables.js';

/** Everything a function needs, built once per process from its Config. */
export interface Services {
  config: Config;
  ideabar: IdeaBarContext;
  tokens: TokenVerifier;
  /** How fast each person and tenant may write; one set of counters per process. */
  limits: WriteLimits;
  /** The Teams bot: its messaging endpoint, proactive sender, reminders, and the subscriber to every change. */
  bot: BotRuntime;
  /**
   * Resolves once the tables exist and the votes a previous process left in the outbox (a crash mid-burst) are
   * followed, so counts are exact from the first answer; the rest of its events (channel posts, notices) are
   * followed after that, off the answer's path. Retried on the next request if storage was down.
   */
  ready(): Promise<void>;
  /** Rejects when storage cannot be reached right now; never retries. */
  probeStorage(): Promise<void>;
}

export interface ServiceOverrides {
  /** Stands in for Entra ID's published signing keys in tests. */
  entraKeys?: JWTVerifyGetKey;
  faults?: (error: unknown) => void;
  /** Stands in for Bot Framework's OpenID metadata (and so its signing keys) in tests. */
  botOpenIdMetadataUrl?: string;
  /** Stands in for the Bot Connector's proactive API in tests and benchmarks. */
  botConnector?: BotConnector;
  /** Stands in for the system clock in tests of what is due when (reminders, digests). */
  clock?: Clock;
}

export function createServices(config: Config, overrides: ServiceOverrides = {}): Services {
  const { tablePrefix, deadlines } = config.storage;
  const access = storageAccess(config);
  const tables = tableClients(access, tablePrefix, deadlines);
  let tablesReady: Promise<void> | undefined;
  const ideabar = createIdeaBar({
    repos: tableRepositories(tables),
    itMemberSeeds: config.itMembers,
    policy: { responseSlaBusinessDays: config.responseSlaBusinessDays },
    ...(overrides.faults ? { faults: { report: overrides.faults } } : {}),
    ...(overrides.clock ? { clock: overrides.clock } : {}),
  });
  const faults = overrides.faults ?? ((error: unknown) => console.error('IdeaBar bot fault', error));
  const { clock } = overrides;
  const limits = writeLimits(config.writeLimits, clock ? () => clock.now().getTime() : Date.now);
  const bot = createBotRuntime({
    ideabar,
    store: tableNotifications(tables),
    settings: config.bot.settings,
    credentials: config.bot.credentials,
    schedules: config.bot.schedules,
    faults,
    writeGate: (caller) => limits.take('botCommands', caller),
    ...(overrides.botConnector ? { connector: overrides.botConnector } : {}),
    ...(overrides.botOpenIdMetadataUrl ? { openIdMetadataUrl: overrides.botOpenIdMetadataUrl } : {}),
  });
  return {
    config,
    ideabar,
    bot,
    tokens: tokenVerifier(config.auth, overrides.entraKeys),
    limits,
    ready() {
      tablesReady ??= ensureTables(tables)
        .then(() => drainOutbox(ideabar, { only: 'votesChanged', atStart: true }))
        .then(() => {
          void drainOutbox(ideabar).catch(faults);
        })
        .catch((error: unknown) => {
          tablesReady = undefined;
          throw error;
        });
      return tablesReady;
    },
    probeStorage: healthProbe(access),
  };
}

/**
 * In Azure the tables are reached as the app's managed identity (DefaultAzureCredential picks it up; a developer's
 * Azure CLI sign-in works the same way), so no storage key is in any setting; locally, Azurite's connection string.
 */
function storageAccess(config: Config): StorageAccess {
  const { tableEndpoint, connectionString } = config.storage;
  return tableEndpoint ? { tableEndpoint, credential: new DefaultAzureCredential() } : connectionString;
}
