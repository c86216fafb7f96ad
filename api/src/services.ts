import { createIdeaBar, type IdeaBarContext } from '@ideabar/core';
import type { JWTVerifyGetKey } from 'jose';
import { tokenVerifier, type TokenVerifier } from './auth/tokens.js';
import type { Config } from './config.js';
import { tableRepositories } from './storage/tableRepositories.js';
import { ensureTables, healthProbe, tableClients } from './storage/tables.js';

/** Everything a function needs, built once per process from its Config. */
export interface Services {
  config: Config;
  ideabar: IdeaBarContext;
  tokens: TokenVerifier;
  /** Resolves once the tables exist; retried on the next request if storage was down. */
  ready(): Promise<void>;
  /** Rejects when storage cannot be reached right now; never retries. */
  probeStorage(): Promise<void>;
}

export interface ServiceOverrides {
  /** Stands in for Entra ID's published signing keys in tests. */
  entraKeys?: JWTVerifyGetKey;
  faults?: (error: unknown) => void;
}

export function createServices(config: Config, overrides: ServiceOverrides = {}): Services {
  const tables = tableClients(config.storage.connectionString, config.storage.tablePrefix);
  let tablesReady: Promise<void> | undefined;
  return {
    config,
    ideabar: createIdeaBar({
      repos: tableRepositories(tables),
      itMemberSeeds: config.itMembers,
      policy: { responseSlaBusinessDays: config.responseSlaBusinessDays },
      ...(overrides.faults ? { faults: { report: overrides.faults } } : {}),
    }),
    tokens: tokenVerifier(config.auth, overrides.entraKeys),
    ready() {
      tablesReady ??= ensureTables(tables).catch((error: unknown) => {
        tablesReady = undefined;
        throw error;
      });
      return tablesReady;
    },
    probeStorage: healthProbe(config.storage.connectionString),
  };
}
